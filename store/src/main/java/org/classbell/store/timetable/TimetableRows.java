package org.classbell.store.timetable;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.store.Names;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.imports.Problem;
import org.classbell.store.roster.ClassName;
import org.classbell.store.staff.StaffMember;

/**
 * Checks timetable lines, each on its own, against the staff, and against each other.
 */
final class TimetableRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private TimetableRows() {
	}

	static List<Lesson> check(List<TimetableLine> lines, List<StaffMember> staff, LineProblems problems) {
		List<Lesson> lessons = new ArrayList<>();
		for (TimetableLine line : lines) {
			int before = problems.size();
			Lesson lesson = lesson(line, staff, problems);
			if (problems.size() == before) {
				lessons.add(lesson);
			}
		}
		Map<String, Lesson> taken = new HashMap<>();
		Map<String, Lesson> firstInSlot = new HashMap<>();
		for (Lesson lesson : lessons) {
			String slot = lesson.className().key() + "|" + lesson.weekday() + "|" + lesson.lessonNo();
			String group = lesson.subgroup().isEmpty() ? "*" : Names.key(lesson.subgroup());
			Lesson clash = lesson.subgroup().isEmpty() ? firstInSlot.get(slot)
					: taken.getOrDefault(slot + "|" + group, taken.get(slot + "|*"));
			taken.putIfAbsent(slot + "|" + group, lesson);
			firstInSlot.putIfAbsent(slot, lesson);
			if (clash != null) {
				problems.add(ImportProblem.conflict(lesson.line(), "lesson_no", Problem.DUPLICATE_LESSON,
						String.valueOf(lesson.lessonNo()), clash.line()));
			}
		}
		return lessons;
	}

	private static Lesson lesson(TimetableLine line, List<StaffMember> staff, LineProblems problems) {
		long no = line.line();
		Optional<ClassName> className = problems.required(no, "class", line.className())
			.flatMap((text) -> problems.parsed(no, "class", text, Problem.BAD_CLASS, ClassName::parse));
		Optional<Integer> weekday = problems.required(no, "weekday", line.weekday())
			.flatMap((text) -> problems.number(no, "weekday", text, 1, 7));
		Optional<Integer> lessonNo = problems.required(no, "lesson_no", line.lessonNo())
			.flatMap((text) -> problems.number(no, "lesson_no", text, 0, 12));
		Optional<LocalTime> startsAt = problems.required(no, "starts_at", line.startsAt())
			.flatMap((text) -> problems.parsed(no, "starts_at", text, Problem.BAD_TIME, TimetableRows::time));
		Optional<String> subject = problems.required(no, "subject", line.subject()).map(Names::clean);
		Optional<StaffMember> teacher = problems.required(no, "teacher", line.teacher())
			.flatMap((text) -> teacher(no, text, staff, problems));
		if (className.isEmpty() || weekday.isEmpty() || lessonNo.isEmpty() || startsAt.isEmpty() || subject.isEmpty()
				|| teacher.isEmpty()) {
			return null;
		}
		return new Lesson(no, className.get(), Names.clean(line.subgroup()), weekday.get(), lessonNo.get(),
				startsAt.get(), subject.get(), teacher.get());
	}

	private static Optional<LocalTime> time(String text) {
		try {
			return Optional.of(LocalTime.parse(text, TIME));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The active staff member named {@code <last name> <first name> [<middle name>]}.
	 */
	private static Optional<StaffMember> teacher(long line, String text, List<StaffMember> staff,
			LineProblems problems) {
		String[] parts = Names.clean(text).split(" ");
		List<StaffMember> fitting = staff.stream()
			.filter(StaffMember::active)
			.filter((member) -> Names.key(member.name().last()).equals(Names.key(parts[0])))
			.filter((member) -> parts.length < 2 || Names.key(member.name().first()).equals(Names.key(parts[1])))
			.filter((member) -> parts.length < 3 || Names.key(member.name().middle()).equals(Names.key(parts[2])))
			.toList();
		if (fitting.size() == 1) {
			return Optional.of(fitting.get(0));
		}
		problems.add(line, "teacher", fitting.isEmpty() ? Problem.UNKNOWN_TEACHER : Problem.AMBIGUOUS_TEACHER, text);
		return Optional.empty();
	}

	record Lesson(long line, ClassName className, String subgroup, int weekday, int lessonNo, LocalTime startsAt,
			String subject, StaffMember teacher) {

	}

}
