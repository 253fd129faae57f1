package org.classbell.store.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.Actor;
import org.classbell.store.SqlArrays;
import org.classbell.store.StaffId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a teacher's last journal entry by playing back, in reverse, what the audit log
 * recorded of the transaction that wrote it, and publishes what changed back as an
 * {@link EntryReverted}. Refused when someone changed those records since.
 */
@Repository
public class JournalEntries {

	private static final List<String> JOURNAL = List.of("attendance", "mark", "behaviour_note", "homework");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	JournalEntries(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Of these authors (one person's staff records in several schools), the one whose
	 * last entry that is not undone was made latest within the window before now.
	 */
	public Optional<StaffId> lastAuthor(Collection<StaffId> authors, Instant now, Duration window) {
		return this.jdbc.sql("""
				select author_id from journal_entry
				where author_id = any(cast(? as bigint[])) and undone_at is null and created_at > ?
				order by created_at desc, id desc limit 1
				""")
			.params(SqlArrays.literal(authors.stream().map(StaffId::value).toList()), Timestamps.of(now.minus(window)))
			.query((row, rowNum) -> new StaffId(row.getLong(1)))
			.optional();
	}

	/**
	 * Undoes the author's last entry if it was made within the window before now.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Undone undoLast(StaffId author, Instant now, Duration window) {
		Optional<Entry> last = this.jdbc.sql("""
				select id, kind, txid from journal_entry
				where author_id = ? and undone_at is null and created_at > ?
				order by created_at desc, id desc limit 1 for update
				""").params(author.value(), Timestamps.of(now.minus(window))).query(Entry.class).optional();
		if (last.isEmpty()) {
			return new Undone.NothingRecent();
		}
		Entry entry = last.get();
		EntryKind kind = EntryKind.of(entry.kind());
		List<Change> changes = this.jdbc.sql("""
				select id, action, entity, entity_id, before::text as before, after::text as after,
				       coalesce(after, before) ->> 'student_id' as student_id, coalesce(after, before) ->> 'day' as day
				from audit_log where txid = :txid and entity in (:entities) order by id desc
				""").param("txid", entry.txid()).param("entities", JOURNAL).query(Change.class).list();
		for (Change change : changes) {
			if (!"delete".equals(change.action()) && !isAsWritten(change)) {
				return new Undone.ChangedSince(kind);
			}
		}
		this.audit.actAs(Actor.staff(author));
		Set<EntryReverted.StudentDay> attendance = new LinkedHashSet<>();
		List<EntryReverted.RevertedNote> notes = new ArrayList<>();
		for (Change change : changes) {
			revert(change);
			StudentId student = (change.studentId() != null) ? new StudentId(Long.parseLong(change.studentId())) : null;
			LocalDate day = (change.day() != null) ? LocalDate.parse(change.day()) : null;
			if ("attendance".equals(change.entity())) {
				attendance.add(new EntryReverted.StudentDay(student, day));
			}
			else if ("behaviour_note".equals(change.entity())) {
				notes.add(new EntryReverted.RevertedNote(new NoteId(change.entityId()), student, day));
			}
		}
		this.jdbc.sql("update journal_entry set undone_at = ? where id = ?")
			.params(Timestamps.of(now), entry.id())
			.update();
		this.events.publishEvent(new EntryReverted(author, kind, List.copyOf(attendance), notes, now));
		return new Undone.Reverted(kind);
	}

	private boolean isAsWritten(Change change) {
		String table = table(change);
		return this.jdbc
			.sql("select t is not distinct from jsonb_populate_record(null::" + table + ", ?::jsonb) from " + table
					+ " t where id = ?")
			.params(change.after(), change.entityId())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private void revert(Change change) {
		String table = table(change);
		if (!"insert".equals(change.action())) {
			this.jdbc.sql("delete from " + table + " where id = ?").param(change.entityId()).update();
			this.jdbc
				.sql("insert into " + table + " overriding system value select * from jsonb_populate_record(null::"
						+ table + ", ?::jsonb)")
				.param(change.before())
				.update();
		}
		else {
			this.jdbc.sql("delete from " + table + " where id = ?").param(change.entityId()).update();
		}
	}

	private static String table(Change change) {
		if (!JOURNAL.contains(change.entity())) {
			throw new IllegalStateException("Not a journal table: " + change.entity());
		}
		return change.entity();
	}

	record Entry(long id, String kind, long txid) {

	}

	record Change(long id, String action, String entity, long entityId, String before, String after, String studentId,
			String day) {

	}

}
