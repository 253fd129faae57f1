package org.classbell.store.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.Actor;
import org.classbell.store.Batches;
import org.classbell.store.Inserts;
import org.classbell.store.Names;
import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.StaffId;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.imports.Counts;
import org.classbell.store.imports.ImportLock;
import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.roster.ClassName;
import org.classbell.store.roster.Classes;
import org.classbell.store.school.Subjects;
import org.classbell.store.staff.StaffRows.StaffRow;
import org.classbell.store.staff.StaffRows.Teaching;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the staff list: teachers and admins, the classes they lead and what they teach
 * where. The file is the whole staff: anyone left out is deactivated (never deleted), and
 * class teachers and teaching assignments become what the file says.
 */
@Service
public class StaffImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Classes classes;

	private final Subjects subjects;

	private final ImportLock lock;

	private final AuditTrail audit;

	private final Clock clock;

	StaffImport(JdbcClient jdbc, JdbcTemplate batch, Classes classes, Subjects subjects, ImportLock lock,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.classes = classes;
		this.subjects = subjects;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The problems of these lines, without importing anything.
	 */
	public List<ImportProblem> check(List<StaffLine> lines) {
		LineProblems problems = new LineProblems();
		StaffRows.check(lines, problems);
		return problems.list();
	}

	@Transactional
	public ImportOutcome<StaffSummary> apply(SchoolId school, List<StaffLine> lines, Actor actor) {
		LineProblems problems = new LineProblems();
		List<StaffRow> rows = StaffRows.check(lines, problems);
		if (!problems.isEmpty()) {
			return problems.rejected();
		}
		this.audit.actAs(actor);
		this.lock.hold(school);
		Instant now = this.clock.instant();
		List<ClassName> classNames = new ArrayList<>();
		List<String> subjectNames = new ArrayList<>();
		rows.forEach((row) -> {
			row.classTeacherOf().ifPresent(classNames::add);
			row.teaches().forEach((teaching) -> {
				classNames.add(teaching.className());
				subjectNames.add(teaching.subject());
			});
		});
		Classes.Ensured classIds = this.classes.ensure(school, classNames);
		Subjects.Ensured subjectIds = this.subjects.ensure(school, subjectNames);
		Map<StaffRow, Long> ids = new HashMap<>();
		Counts staff = syncStaff(school, rows, ids, now);
		int classTeachers = syncClassTeachers(school, rows, ids, classIds);
		int[] assignments = syncAssignments(school, rows, ids, classIds, subjectIds);
		return new ImportOutcome.Applied<>(new StaffSummary(lines.size(), classIds.created(), subjectIds.created(),
				staff, classTeachers, assignments[0], assignments[1]));
	}

	private Counts syncStaff(SchoolId school, List<StaffRow> rows, Map<StaffRow, Long> ids, Instant now) {
		List<StaffMember> existing = this.jdbc.sql(
				"select id, school_id, last_name, first_name, middle_name, role, active from staff where school_id = ?")
			.param(school.value())
			.query(StaffMembers::member)
			.list();
		Set<Long> claimed = new HashSet<>();
		List<StaffRow> fresh = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (StaffRow row : rows) {
			Optional<StaffMember> found = existing.stream()
				.filter((member) -> !claimed.contains(member.id().value()) && member.name().mayBe(row.name()))
				.min((a, b) -> Boolean.compare(!a.name().key().equals(row.name().key()),
						!b.name().key().equals(row.name().key())));
			if (found.isEmpty()) {
				fresh.add(row);
				inserts.add(insert(school, row, now));
				continue;
			}
			StaffMember member = found.get();
			claimed.add(member.id().value());
			ids.put(row, member.id().value());
			if (!member.name().equals(row.name()) || member.role() != row.role() || !member.active()) {
				updates.add(update(member.id(), row, now));
			}
		}
		List<Long> created = Inserts.batch(this.batch, """
				insert into staff (school_id, last_name, first_name, middle_name, last_name_key, first_name_key,
				                   middle_name_key, role, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts);
		for (int i = 0; i < fresh.size(); i++) {
			ids.put(fresh.get(i), created.get(i));
		}
		this.batch.batchUpdate("""
				update staff set last_name = ?, first_name = ?, middle_name = ?, last_name_key = ?, first_name_key = ?,
				                 middle_name_key = ?, role = ?, updated_at = ?, active = true
				where id = ?
				""", updates);
		List<Object[]> leaving = existing.stream()
			.filter((member) -> member.active() && !claimed.contains(member.id().value()))
			.map((member) -> new Object[] { Timestamps.of(now), member.id().value() })
			.toList();
		int deactivated = Batches
			.sum(this.batch.batchUpdate("update staff set active = false, updated_at = ? where id = ?", leaving));
		return new Counts(inserts.size(), updates.size(), rows.size() - inserts.size() - updates.size(), deactivated);
	}

	private int syncClassTeachers(SchoolId school, List<StaffRow> rows, Map<StaffRow, Long> ids,
			Classes.Ensured classIds) {
		Map<Long, Long> desired = new HashMap<>();
		rows.forEach((row) -> row.classTeacherOf()
			.ifPresent((className) -> desired.put(classIds.id(className).value(), ids.get(row))));
		Map<Long, Long> existing = new HashMap<>();
		this.jdbc.sql("""
				select ct.class_id, ct.staff_id from class_teacher ct
				join school_class c on c.id = ct.class_id where c.school_id = ?
				""").param(school.value()).query((row) -> {
			existing.put(row.getLong("class_id"), row.getLong("staff_id"));
		});
		List<Object[]> removed = existing.keySet()
			.stream()
			.filter((classId) -> !desired.containsKey(classId))
			.map((classId) -> new Object[] { classId })
			.toList();
		this.batch.batchUpdate("delete from class_teacher where class_id = ?", removed);
		List<Object[]> appointed = desired.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().equals(existing.get(entry.getKey())))
			.map((entry) -> new Object[] { entry.getKey(), entry.getValue() })
			.toList();
		this.batch.batchUpdate("""
				insert into class_teacher (class_id, staff_id) values (?, ?)
				on conflict (class_id) do update set staff_id = excluded.staff_id
				""", appointed);
		return appointed.size();
	}

	private int[] syncAssignments(SchoolId school, List<StaffRow> rows, Map<StaffRow, Long> ids,
			Classes.Ensured classIds, Subjects.Ensured subjectIds) {
		Set<List<Long>> desired = new HashSet<>();
		for (StaffRow row : rows) {
			for (Teaching teaching : row.teaches()) {
				desired.add(List.of(classIds.id(teaching.className()).value(),
						subjectIds.id(teaching.subject()).value(), ids.get(row)));
			}
		}
		Set<List<Long>> existing = new HashSet<>();
		this.jdbc.sql("""
				select ta.class_id, ta.subject_id, ta.staff_id from teaching_assignment ta
				join school_class c on c.id = ta.class_id where c.school_id = ?
				""").param(school.value()).query((row) -> {
			existing.add(List.of(row.getLong(1), row.getLong(2), row.getLong(3)));
		});
		List<Object[]> added = desired.stream().filter((a) -> !existing.contains(a)).map(List::toArray).toList();
		List<Object[]> removed = existing.stream().filter((a) -> !desired.contains(a)).map(List::toArray).toList();
		this.batch.batchUpdate("delete from teaching_assignment where class_id = ? and subject_id = ? and staff_id = ?",
				removed);
		this.batch.batchUpdate("insert into teaching_assignment (class_id, subject_id, staff_id) values (?, ?, ?)",
				added);
		return new int[] { added.size(), removed.size() };
	}

	private static Object[] insert(SchoolId school, StaffRow row, Instant now) {
		PersonName name = row.name();
		return new Object[] { school.value(), name.last(), name.first(), name.middle(), Names.key(name.last()),
				Names.key(name.first()), Names.key(name.middle()), row.role().code(), Timestamps.of(now) };
	}

	private static Object[] update(StaffId id, StaffRow row, Instant now) {
		PersonName name = row.name();
		return new Object[] { name.last(), name.first(), name.middle(), Names.key(name.last()), Names.key(name.first()),
				Names.key(name.middle()), row.role().code(), Timestamps.of(now), id.value() };
	}

}
