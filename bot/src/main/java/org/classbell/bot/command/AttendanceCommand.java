package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.update.Reply;
import org.classbell.notifier.alerts.AttendanceAlerts;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.Written;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.roster.StudentId;

import org.springframework.stereotype.Component;

/**
 * {@code /absent [<class>] [@<lesson>[-<lesson>]] <student>...} and {@code /late ...}:
 * marks students absent or late, for lessons or the whole day, and tells their guardians.
 */
@Component
class AttendanceCommand implements Command, StudentCommand {

	private final Scope scope;

	private final Choices choices;

	private final Journal journal;

	private final AttendanceAlerts alerts;

	private final Texts texts;

	AttendanceCommand(Scope scope, Choices choices, Journal journal, AttendanceAlerts alerts, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
		this.alerts = alerts;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("absent", "late");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public String draftName() {
		return "attendance";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		AttendanceStatus status = "late".equals(name) ? AttendanceStatus.LATE : AttendanceStatus.ABSENT;
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		Optional<Lessons> lessons = arguments.takeLessons();
		if (lessons.isEmpty()) {
			return List.of(this.texts.say(caller, "attendance.bad_lessons"));
		}
		List<String> students = arguments.takeStudents();
		if (students.isEmpty()) {
			return List.of(this.texts.say(caller, "attendance.usage." + status.code()));
		}
		return this.scope.classOf(caller, typedClass, Scope.Right.JOURNAL, "/" + name + " 5А @3 Иванов")
			.then((schoolClass) -> this.choices.resolve(caller,
					new Draft(draftName(), List.of(schoolClass.id().value()), caller.today(), lessons.get().numbers(),
							null, status.code(), null, slots(students))));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		AttendanceStatus status = AttendanceStatus.of(draft.text());
		Lessons lessons = new Lessons(draft.lessons());
		List<StudentId> ids = students.stream().map(StudentCard::id).distinct().toList();
		Written written = this.journal.attendance(caller.staff().orElseThrow(), status, ids, draft.day(), lessons,
				caller.now());
		written.students().forEach((student) -> this.alerts.refresh(student, draft.day(), caller.now()));
		String className = students.get(0).className();
		String key = "attendance.saved." + status.code() + (lessons.isWholeDay() ? ".day" : ".lessons");
		if (written.isEmpty()) {
			key = "attendance.unchanged";
		}
		return List
			.of(this.texts.say(caller, key, Map.of("class", className, "lessons", Words.numbers(lessons.numbers()),
					"count", lessons.numbers().size(), "students", Words.students(students), "date", draft.day())));
	}

	static List<Draft.Slot> slots(List<String> typed) {
		List<Draft.Slot> slots = new ArrayList<>();
		typed.forEach((student) -> slots.add(new Draft.Slot(student, List.of(), null)));
		return slots;
	}

}
