package org.classbell.notifier.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.classbell.store.ClassId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StudentId;
import org.classbell.store.journal.Mark;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the reports of many students need with one query per kind of record for all
 * of them (students, marks, averages before, attendance, notes, homework), never a query
 * per student.
 */
@Component
public class ReportData {

	/** Homework due this many days ahead at most makes it into a report. */
	private static final int HOMEWORK_DAYS = 7;

	private final JdbcClient jdbc;

	ReportData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reports of the students over the period, compared with the period before where
	 * there is one; homework is what is due from {@code today} on. Students not found (or
	 * no longer active) are left out; the rest keep the order given.
	 */
	public List<StudentReport> load(Collection<StudentId> students, Period period, LocalDate today) {
		if (students.isEmpty()) {
			return List.of();
		}
		String ids = SqlArrays.literal(students.stream().map(StudentId::value).toList());
		Optional<Period> previous = period.previous();
		Map<Long, Draft> drafts = students(ids);
		marks(ids, period, previous, drafts);
		attendance(ids, period, previous, drafts);
		notes(ids, period, drafts);
		answers(ids, period, drafts);
		homework(drafts, today);
		List<StudentReport> reports = new ArrayList<>();
		for (StudentId id : students) {
			Draft draft = drafts.get(id.value());
			if (draft != null) {
				reports.add(draft.build(previous.isPresent()));
			}
		}
		return reports;
	}

	private Map<Long, Draft> students(String ids) {
		Map<Long, Draft> drafts = new HashMap<>();
		// subgroups through the student's class: subgroup_member's key leads with the
		// subgroup, and only the class's subgroups match its homework
		this.jdbc.sql("""
				select s.id, s.first_name, c.name as class_name, c.id as class_id, c.attendance_only,
				       coalesce((select string_agg(m.subgroup_id::text, ',') from subgroup g
				                 join subgroup_member m on m.subgroup_id = g.id and m.student_id = s.id
				                 where g.class_id = s.class_id), '') as subgroups
				from student s join school_class c on c.id = s.class_id
				where s.id = any(cast(? as bigint[])) and s.active
				""").param(ids).query((row) -> {
			Draft draft = new Draft(row.getLong("id"), row.getString("first_name"), row.getString("class_name"),
					row.getLong("class_id"), row.getBoolean("attendance_only"));
			for (String subgroup : row.getString("subgroups").split(",")) {
				if (!subgroup.isEmpty()) {
					draft.subgroups.add(Long.parseLong(subgroup));
				}
			}
			drafts.put(draft.id, draft);
		});
		return drafts;
	}

	/**
	 * The period's marks by student and subject, in the order given, and the average of
	 * each subject in the period before: one row per student and subject, one scan of
	 * both periods.
	 */
	private void marks(String ids, Period period, Optional<Period> previous, Map<Long, Draft> drafts) {
		LocalDate start = previous.map(Period::from).orElse(period.from());
		this.jdbc.sql("""
				select m.student_id, s.name as subject,
				       string_agg(m.value || coalesce(m.modifier, ''), ' ' order by m.day, m.id)
				           filter (where m.day >= :from) as marks,
				       avg(m.value) filter (where m.day < :from) as average_before
				from mark m join subject s on s.id = m.subject_id
				where m.student_id = any(cast(:ids as bigint[])) and m.day between :start and :to
				  and (m.day >= :from or m.day <= :beforeTo)
				group by m.student_id, s.name
				""")
			.param("ids", ids)
			.param("from", period.from())
			.param("to", period.to())
			.param("start", start)
			.param("beforeTo", previous.map(Period::to).orElse(period.from().minusDays(1)))
			.query((row) -> {
				Draft draft = drafts.get(row.getLong("student_id"));
				if (draft == null) {
					return;
				}
				String subject = row.getString("subject");
				String marks = row.getString("marks");
				if (marks != null) {
					List<Mark> parsed = new ArrayList<>();
					for (String mark : marks.split(" ")) {
						parsed.add(new Mark(mark.charAt(0) - '0', (mark.length() > 1) ? mark.charAt(1) : null));
					}
					draft.marks.put(subject, parsed);
				}
				BigDecimal before = row.getBigDecimal("average_before");
				if (before != null) {
					draft.averagesBefore.put(subject, before);
				}
			});
	}

	private void attendance(String ids, Period period, Optional<Period> previous, Map<Long, Draft> drafts) {
		LocalDate from = previous.map(Period::from).orElse(period.from());
		LocalDate beforeFrom = previous.map(Period::from).orElse(LocalDate.MAX);
		LocalDate beforeTo = previous.map(Period::to).orElse(LocalDate.MIN);
		this.jdbc
			.sql("""
						select student_id, now, count(*) filter (where status = 'absent' and lesson_no is not null) as lessons,
					       count(*) filter (where status = 'absent' and lesson_no is null) as days,
					       count(*) filter (where status = 'excused' and lesson_no is not null) as excused_lessons,
					       count(*) filter (where status = 'excused' and lesson_no is null) as excused_days,
					       count(*) filter (where status = 'late') as late
					from (select student_id, status, lesson_no, day between :from and :to as now from attendance
					      where student_id = any(cast(:ids as bigint[])) and day between :start and :to
					        and (day between :from and :to or day between :beforeFrom and :beforeTo)) as recorded
					group by student_id, now
					""")
			.param("ids", ids)
			.param("from", period.from())
			.param("to", period.to())
			.param("start", from)
			.param("beforeFrom", (beforeFrom == LocalDate.MAX) ? period.to().plusDays(1) : beforeFrom)
			.param("beforeTo", (beforeTo == LocalDate.MIN) ? period.from().minusDays(1) : beforeTo)
			.query((row) -> {
				Draft draft = drafts.get(row.getLong("student_id"));
				if (draft != null) {
					StudentReport.Attendance attendance = new StudentReport.Attendance(row.getInt("lessons"),
							row.getInt("days"), row.getInt("excused_lessons"), row.getInt("excused_days"),
							row.getInt("late"));
					if (row.getBoolean("now")) {
						draft.attendance = attendance;
					}
					else {
						draft.attendanceBefore = attendance;
					}
				}
			});
	}

	/**
	 * The parents' latest answer to the alert of each absent day, if any.
	 */
	private void answers(String ids, Period period, Map<Long, Draft> drafts) {
		this.jdbc.sql("""
				select distinct on (student_id, day) student_id, day, answer, excused_at is not null as excused
				from alert_answer
				where student_id = any(cast(? as bigint[])) and day between ? and ?
				order by student_id, day, answered_at desc, id desc
				""").params(ids, period.from(), period.to()).query((row) -> {
			Draft draft = drafts.get(row.getLong("student_id"));
			if (draft != null) {
				draft.answers.add(new StudentReport.AlertAnswer(row.getObject("day", LocalDate.class),
						row.getString("answer"), row.getBoolean("excused")));
			}
		});
	}

	private void notes(String ids, Period period, Map<Long, Draft> drafts) {
		this.jdbc.sql("""
				select student_id, kind, day, text from behaviour_note
				where student_id = any(cast(? as bigint[])) and day between ? and ? order by day, id
				""").params(ids, period.from(), period.to()).query((row) -> {
			Draft draft = drafts.get(row.getLong("student_id"));
			if (draft != null) {
				draft.notes.add(new StudentReport.Note(row.getString("kind"), row.getObject("day", LocalDate.class),
						row.getString("text")));
			}
		});
	}

	private void homework(Map<Long, Draft> drafts, LocalDate today) {
		Set<Long> classes = drafts.values().stream().map((draft) -> draft.classId).collect(Collectors.toSet());
		if (classes.isEmpty()) {
			return;
		}
		Map<Long, List<Due>> byClass = new HashMap<>();
		this.jdbc.sql("""
				select h.class_id, h.subgroup_id, s.name as subject, h.due_on, h.text
				from homework h join subject s on s.id = h.subject_id
				where h.class_id = any(cast(? as bigint[])) and h.due_on between ? and ?
				order by h.due_on, s.name, h.id
				""").params(SqlArrays.literal(classes), today, today.plusDays(HOMEWORK_DAYS)).query((row) -> {
			byClass.computeIfAbsent(row.getLong("class_id"), (id) -> new ArrayList<>())
				.add(new Due((Long) row.getObject("subgroup_id"), new StudentReport.Homework(row.getString("subject"),
						row.getObject("due_on", LocalDate.class), row.getString("text"))));
		});
		for (Draft draft : drafts.values()) {
			for (Due due : byClass.getOrDefault(draft.classId, List.of())) {
				if (due.subgroup == null || draft.subgroups.contains(due.subgroup)) {
					draft.homework.add(due.homework);
				}
			}
		}
	}

	private record Due(Long subgroup, StudentReport.Homework homework) {

	}

	private static final class Draft {

		private final long id;

		private final String firstName;

		private final String className;

		private final long classId;

		private final boolean attendanceOnly;

		private final List<Long> subgroups = new ArrayList<>();

		private final Map<String, List<Mark>> marks = new TreeMap<>();

		private final Map<String, BigDecimal> averagesBefore = new HashMap<>();

		private StudentReport.Attendance attendance = StudentReport.Attendance.NONE;

		private StudentReport.Attendance attendanceBefore = StudentReport.Attendance.NONE;

		private final List<StudentReport.Note> notes = new ArrayList<>();

		private final List<StudentReport.Homework> homework = new ArrayList<>();

		private final List<StudentReport.AlertAnswer> answers = new ArrayList<>();

		private Draft(long id, String firstName, String className, long classId, boolean attendanceOnly) {
			this.id = id;
			this.firstName = firstName;
			this.className = className;
			this.classId = classId;
			this.attendanceOnly = attendanceOnly;
		}

		private StudentReport build(boolean compared) {
			Map<String, StudentReport.Subject> subjects = new LinkedHashMap<>();
			this.marks.forEach((name, marks) -> subjects.put(name,
					new StudentReport.Subject(name, marks, this.averagesBefore.get(name))));
			return new StudentReport(new StudentId(this.id), this.firstName, this.className, new ClassId(this.classId),
					this.attendanceOnly, this.attendanceOnly ? List.of() : List.copyOf(subjects.values()),
					this.attendance, compared ? this.attendanceBefore : null, this.notes, this.homework, this.answers);
		}

	}

}
