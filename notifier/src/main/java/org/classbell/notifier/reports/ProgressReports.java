package org.classbell.notifier.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.classbell.store.roster.GuardianId;
import org.classbell.templates.MessageCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress report of a guardian's children over a period, as Telegram shows it: marks
 * by subject with their average, absences and latenesses, behaviour notes, and homework
 * due. One query per kind of record for all the children, never one per child.
 */
@Component
public class ProgressReports {

	private final JdbcClient jdbc;

	private final MessageCatalog messages;

	ProgressReports(JdbcClient jdbc, MessageCatalog messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The report of each of the guardian's active children, in Telegram HTML.
	 */
	public List<String> forGuardian(GuardianId guardian, Period period, LocalDate today, Locale locale) {
		Map<Long, Child> children = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.id, s.first_name, c.name as class_name, c.id as class_id, c.attendance_only
				from student_guardian sg join student s on s.id = sg.student_id join school_class c on c.id = s.class_id
				where sg.guardian_id = ? and s.active order by c.grade, c.name_key, s.list_no
				""").param(guardian.value()).query((row) -> {
			children.put(row.getLong("id"), new Child(row.getString("first_name"), row.getString("class_name"),
					row.getLong("class_id"), row.getBoolean("attendance_only")));
		});
		if (children.isEmpty()) {
			return List.of();
		}
		List<Long> ids = List.copyOf(children.keySet());
		this.jdbc
			.sql("""
					select m.student_id, s.name as subject, m.value, m.modifier from mark m join subject s on s.id = m.subject_id
					where m.student_id in (:ids) and m.day between :from and :to order by m.student_id, s.name, m.day, m.id
					""")
			.param("ids", ids)
			.param("from", period.from())
			.param("to", period.to())
			.query((row) -> {
				children.get(row.getLong("student_id")).marks
					.computeIfAbsent(row.getString("subject"), (subject) -> new ArrayList<>())
					.add(new int[] { row.getInt("value"),
							(row.getString("modifier") == null) ? 0 : row.getString("modifier").equals("+") ? 1 : -1 });
			});
		this.jdbc.sql("""
				select student_id,
				       count(*) filter (where status <> 'late' and lesson_no is not null) as lessons,
				       count(distinct day) filter (where status <> 'late' and lesson_no is null) as days,
				       count(*) filter (where status = 'excused') as excused,
				       count(*) filter (where status = 'late') as late
				from attendance where student_id in (:ids) and day between :from and :to group by student_id
				""").param("ids", ids).param("from", period.from()).param("to", period.to()).query((row) -> {
			Child child = children.get(row.getLong("student_id"));
			child.lessons = row.getInt("lessons");
			child.days = row.getInt("days");
			child.excused = row.getInt("excused");
			child.late = row.getInt("late");
		});
		this.jdbc.sql("""
				select student_id, kind, day, text from behaviour_note
				where student_id in (:ids) and day between :from and :to order by day, id
				""").param("ids", ids).param("from", period.from()).param("to", period.to()).query((row) -> {
			children.get(row.getLong("student_id")).notes
				.add(this.messages.renderHtml(locale, "report.note." + row.getString("kind"),
						Map.of("date", row.getObject("day", LocalDate.class), "text", row.getString("text"))));
		});
		Map<Long, List<String>> homework = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select h.class_id, s.name as subject, h.due_on, h.text from homework h join subject s on s.id = h.subject_id
					where h.class_id in (:classes) and h.due_on >= :today order by h.due_on, s.name, h.id
					""")
			.param("classes", children.values().stream().map((child) -> child.classId).distinct().toList())
			.param("today", today)
			.query((row) -> {
				homework.computeIfAbsent(row.getLong("class_id"), (id) -> new ArrayList<>())
					.add(this.messages.renderHtml(locale, "report.homework", Map.of("subject", row.getString("subject"),
							"due", row.getObject("due_on", LocalDate.class), "text", row.getString("text"))));
			});
		List<String> reports = new ArrayList<>();
		children.values()
			.forEach((child) -> reports
				.add(render(child, period, homework.getOrDefault(child.classId, List.of()), locale)));
		return reports;
	}

	private String render(Child child, Period period, List<String> homework, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(this.messages.renderHtml(locale,
				period.from().equals(period.to()) ? "report.title_day" : "report.title",
				Map.of("child", child.firstName, "class", child.className, "from", period.from(), "to", period.to())));
		if (!child.attendanceOnly) {
			if (child.marks.isEmpty()) {
				lines.add(this.messages.renderHtml(locale, "report.no_marks", Map.of()));
			}
			child.marks.forEach((subject, marks) -> lines.add(this.messages.renderHtml(locale, "report.subject",
					Map.of("subject", subject, "marks", marks(marks), "average", average(marks)))));
		}
		if (child.lessons + child.days + child.late == 0) {
			lines.add(this.messages.renderHtml(locale, "report.no_absences", Map.of()));
		}
		else {
			lines.add(this.messages.renderHtml(locale, "report.attendance", Map.of("lessons", child.lessons, "days",
					child.days, "excused", child.excused, "late", child.late)));
		}
		lines.addAll(child.notes);
		if (!homework.isEmpty()) {
			lines.add(this.messages.renderHtml(locale, "report.homework_title", Map.of()));
			lines.addAll(homework);
		}
		return String.join("\n", lines);
	}

	private static String marks(List<int[]> marks) {
		List<String> written = new ArrayList<>();
		marks.forEach((mark) -> written.add(mark[0] + ((mark[1] > 0) ? "+" : (mark[1] < 0) ? "-" : "")));
		return String.join(" ", written);
	}

	private static BigDecimal average(List<int[]> marks) {
		int sum = marks.stream().mapToInt((mark) -> mark[0]).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
	}

	private static final class Child {

		private final String firstName;

		private final String className;

		private final long classId;

		private final boolean attendanceOnly;

		private final Map<String, List<int[]>> marks = new TreeMap<>();

		private final List<String> notes = new ArrayList<>();

		private int lessons;

		private int days;

		private int excused;

		private int late;

		private Child(String firstName, String className, long classId, boolean attendanceOnly) {
			this.firstName = firstName;
			this.className = className;
			this.classId = classId;
			this.attendanceOnly = attendanceOnly;
		}

	}

}
