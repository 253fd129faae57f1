package org.classbell.store.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.classbell.store.GuardianId;
import org.classbell.store.SqlArrays;
import org.classbell.store.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: rows are only added, and the guardian's current consent follows
 * from them (a database trigger applies each row). A withdrawal is published as
 * {@link ConsentWithdrawn} in the same transaction.
 */
@Repository
public class ConsentLedger {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ApplicationEventPublisher events;

	ConsentLedger(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(ConsentChange change, Instant at) {
		record(List.of(change), at);
	}

	/**
	 * Records the changes, in order, as made at one time by the transaction's actor.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(List<ConsentChange> changes, Instant at) {
		if (changes.isEmpty()) {
			return;
		}
		lock(changes.stream().map(ConsentChange::guardian).toList());
		List<Object[]> rows = new ArrayList<>();
		Map<Purpose, Map<ConsentSource, List<GuardianId>>> withdrawn = new EnumMap<>(Purpose.class);
		for (ConsentChange change : changes) {
			rows.add(new Object[] { change.guardian().value(), change.purpose().code(), change.given(),
					change.source().code(), change.detail(), Timestamps.of(at) });
			if (!change.given()) {
				withdrawn.computeIfAbsent(change.purpose(), (purpose) -> new EnumMap<>(ConsentSource.class))
					.computeIfAbsent(change.source(), (source) -> new ArrayList<>())
					.add(change.guardian());
			}
		}
		this.batch.batchUpdate("""
				insert into consent_event (guardian_id, purpose, given, source, detail, at) values (?, ?, ?, ?, ?, ?)
				""", rows);
		withdrawn.forEach((purpose, bySource) -> bySource.forEach(
				(source, guardians) -> this.events.publishEvent(new ConsentWithdrawn(purpose, source, guardians, at))));
	}

	/**
	 * Locks the guardians' rows until the transaction ends, in id order: a dispatcher's
	 * claim, which takes a share lock on the guardians of what it claims, then waits for
	 * this change and sees it.
	 */
	private void lock(List<GuardianId> guardians) {
		this.jdbc.sql("select id from guardian where id = any(cast(? as bigint[])) order by id for no key update")
			.param(SqlArrays.literal(guardians.stream().map(GuardianId::value).distinct().toList()))
			.query(Long.class)
			.list();
	}

	/**
	 * The guardian's consent history, oldest first.
	 */
	public List<ConsentEntry> history(GuardianId guardian) {
		return this.jdbc.sql("""
				select purpose, given, source, detail, actor, at from consent_event where guardian_id = ? order by id
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new ConsentEntry(Purpose.of(row.getString("purpose")), row.getBoolean("given"),
					ConsentSource.of(row.getString("source")), row.getString("detail"), row.getString("actor"),
					row.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
