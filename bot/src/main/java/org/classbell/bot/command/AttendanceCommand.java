package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.StudentId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.Written;
import org.classbell.store.roster.StudentCard;

import org.springframework.stereotype.Component;

/**
 * {@code /absent [<class>] [@<lesson>[-<lesson>]] <student>...} and {@code /late ...}:
 * marks students absent or late, for lessons or the whole day. The journal tells their
 * guardians.
 */
@Component
class AttendanceCommand implements Command, StudentCommand {

	private final Scope scope;

	private final Choices choices;

	private final Journal journal;

	private final Texts texts;

	AttendanceCommand(Scope scope, Choices choices, Journal journal, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
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
	public SchoolBy schoolBy() {
		return SchoolBy.CLASS_OR_LESSON;
	}

	@Override
	public Draft.Kind draftKind() {
		return Draft.Kind.ATTENDANCE;
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
					Draft.of(draftKind(), List.of(schoolClass.id()), caller.today(), students)
						.withAttendance(status, lessons.get().numbers())));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		AttendanceStatus status = draft.attendance();
		Lessons lessons = new Lessons(draft.lessons());
		List<StudentId> ids = students.stream().map(StudentCard::id).distinct().toList();
		Written written = this.journal.attendance(caller.staff().orElseThrow(), status, ids, draft.day(), lessons,
				caller.now());
		String className = students.get(0).className();
		String key = "attendance.saved." + status.code() + (lessons.isWholeDay() ? ".day" : ".lessons");
		if (written.isEmpty()) {
			key = "attendance.unchanged";
		}
		return List
			.of(this.texts.say(caller, key, Map.of("class", className, "lessons", Words.numbers(lessons.numbers()),
					"count", lessons.numbers().size(), "students", Words.students(students), "date", draft.day())));
	}

}
