package org.classbell.store.timetable;

import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.classbell.store.Actor;
import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.SubgroupId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.imports.ImportLock;
import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.Subgroups;
import org.classbell.store.school.Subjects;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.timetable.TimetableRows.Lesson;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a school's weekly timetable with the one in a file. Teachers must be on the
 * staff already; classes, subgroups and subjects are created as needed. Lessons that did
 * not change are left alone.
 */
@Service
public class TimetableImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final StaffMembers staff;

	private final Classes classes;

	private final Subgroups subgroups;

	private final Subjects subjects;

	private final ImportLock lock;

	private final AuditTrail audit;

	TimetableImport(JdbcClient jdbc, JdbcTemplate batch, StaffMembers staff, Classes classes, Subgroups subgroups,
			Subjects subjects, ImportLock lock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.staff = staff;
		this.classes = classes;
		this.subgroups = subgroups;
		this.subjects = subjects;
		this.lock = lock;
		this.audit = audit;
	}

	/**
	 * The problems of these lines, without importing anything.
	 */
	public List<ImportProblem> check(SchoolId school, List<TimetableLine> lines) {
		LineProblems problems = new LineProblems();
		TimetableRows.check(lines, this.staff.all(school), problems);
		return problems.list();
	}

	@Transactional
	public ImportOutcome<TimetableSummary> apply(SchoolId school, List<TimetableLine> lines, Actor actor) {
		this.audit.actAs(actor);
		this.lock.hold(school);
		LineProblems problems = new LineProblems();
		List<Lesson> lessons = TimetableRows.check(lines, this.staff.all(school), problems);
		if (!problems.isEmpty()) {
			return problems.rejected();
		}
		Classes.Ensured classIds = this.classes.ensure(school, lessons.stream().map(Lesson::className).toList());
		Subjects.Ensured subjectIds = this.subjects.ensure(school, lessons.stream().map(Lesson::subject).toList());
		List<Subgroups.Key> groups = lessons.stream()
			.filter((lesson) -> !lesson.subgroup().isEmpty())
			.map((lesson) -> new Subgroups.Key(classIds.id(lesson.className()), lesson.subgroup()))
			.toList();
		Map<Subgroups.Key, SubgroupId> groupIds = this.subgroups.ensure(school, groups);

		Map<Slot, Content> desired = new HashMap<>();
		for (Lesson lesson : lessons) {
			ClassId classId = classIds.id(lesson.className());
			Long group = lesson.subgroup().isEmpty() ? null
					: groupIds.get(new Subgroups.Key(classId, lesson.subgroup()).normalised()).value();
			desired.put(new Slot(classId.value(), group, lesson.weekday(), lesson.lessonNo()), new Content(
					lesson.startsAt(), subjectIds.id(lesson.subject()).value(), lesson.teacher().id().value()));
		}
		Map<Slot, Long> existingIds = new HashMap<>();
		Map<Slot, Content> existing = new HashMap<>();
		this.jdbc.sql("""
				select id, class_id, subgroup_id, weekday, lesson_no, starts_at, subject_id, staff_id
				from timetable_lesson where school_id = ?
				""").param(school.value()).query((row) -> {
			Slot slot = new Slot(row.getLong("class_id"), (Long) row.getObject("subgroup_id"), row.getInt("weekday"),
					row.getInt("lesson_no"));
			existingIds.put(slot, row.getLong("id"));
			existing.put(slot, new Content(row.getObject("starts_at", LocalTime.class), row.getLong("subject_id"),
					row.getLong("staff_id")));
		});
		List<Object[]> removed = new ArrayList<>();
		existingIds.forEach((slot, id) -> {
			if (!desired.containsKey(slot)) {
				removed.add(new Object[] { id });
			}
		});
		List<Object[]> changed = new ArrayList<>();
		List<Object[]> added = new ArrayList<>();
		desired.forEach((slot, content) -> {
			Content before = existing.get(slot);
			if (before == null) {
				added.add(new Object[] { school.value(), slot.classId(), slot.subgroupId(), slot.weekday(),
						slot.lessonNo(), Time.valueOf(content.startsAt()), content.subjectId(), content.staffId() });
			}
			else if (!Objects.equals(before, content)) {
				changed.add(new Object[] { Time.valueOf(content.startsAt()), content.subjectId(), content.staffId(),
						existingIds.get(slot) });
			}
		});
		this.batch.batchUpdate("delete from timetable_lesson where id = ?", removed);
		this.batch.batchUpdate("update timetable_lesson set starts_at = ?, subject_id = ?, staff_id = ? where id = ?",
				changed);
		this.batch.batchUpdate("""
				insert into timetable_lesson (school_id, class_id, subgroup_id, weekday, lesson_no, starts_at,
				                              subject_id, staff_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", added);
		return new ImportOutcome.Applied<>(
				new TimetableSummary(lines.size(), desired.size(), added.size(), changed.size(), removed.size()));
	}

	private record Slot(long classId, Long subgroupId, int weekday, int lessonNo) {

	}

	private record Content(LocalTime startsAt, long subjectId, long staffId) {

	}

}
