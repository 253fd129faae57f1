package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Mark;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.timetable.Teaching;

import org.springframework.stereotype.Component;

/**
 * {@code /grade [<class>] [<subject>] <student> <mark> ...}: marks from 1 to 5 with an
 * optional plus or minus, for students of a class in a subject the teacher teaches there.
 * Attendance-only classes (grade 1) take no marks.
 */
@Component
class GradeCommand implements Command, StudentCommand {

	private final Scope scope;

	private final Choices choices;

	private final Journal journal;

	private final Texts texts;

	GradeCommand(Scope scope, Choices choices, Journal journal, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("grade", "mark");
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
		return Draft.Kind.GRADE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		return this.scope.classOf(caller, typedClass, Scope.Right.TEACHING, "/grade 5А алгебра Иванов 5")
			.then((schoolClass) -> {
				if (schoolClass.attendanceOnly()) {
					return List
						.of(this.texts.say(caller, "grade.attendance_only", Map.of("class", schoolClass.name())));
				}
				return this.scope
					.subjectOf(caller, schoolClass, arguments, "/grade " + schoolClass.name() + " алгебра Иванов 5")
					.then((teaching) -> marks(caller, schoolClass, teaching, arguments));
			});
	}

	private List<Reply> marks(Caller caller, SchoolClass schoolClass, Teaching teaching, Arguments arguments) {
		List<String> students = new ArrayList<>();
		List<Mark> marks = new ArrayList<>();
		while (!arguments.isEmpty()) {
			String student = arguments.takeStudent();
			Optional<Mark> mark = arguments.isEmpty() ? Optional.empty() : Mark.parse(arguments.next());
			if (mark.isEmpty()) {
				return List.of(this.texts.say(caller, "grade.bad_mark", Map.of("student", student)));
			}
			students.add(student);
			marks.add(mark.get());
		}
		if (students.isEmpty()) {
			return List.of(this.texts.say(caller, "grade.usage"));
		}
		Integer lesson = this.scope.currentLesson(caller)
			.filter((slot) -> slot.classId().equals(schoolClass.id()) && slot.subjectId().equals(teaching.subjectId()))
			.map((slot) -> slot.lessonNo())
			.orElse(null);
		return this.choices.resolve(caller,
				Draft.of(draftKind(), List.of(schoolClass.id()), caller.today(), students)
					.withMarks(teaching.subjectId(), teaching.subject(), (lesson != null) ? List.of(lesson) : List.of(),
							marks));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		List<Journal.Marked> marked = new ArrayList<>();
		for (int i = 0; i < students.size(); i++) {
			marked.add(new Journal.Marked(students.get(i).id(), draft.marks().get(i)));
		}
		Integer lesson = draft.lessons().isEmpty() ? null : draft.lessons().get(0);
		this.journal.marks(caller.staff().orElseThrow(), draft.subject(), marked, draft.day(), lesson, caller.now());
		List<String> list = new ArrayList<>();
		for (int i = 0; i < students.size(); i++) {
			list.add(students.get(i).shortName() + " — " + marked.get(i).mark());
		}
		return List.of(this.texts.say(caller, "grade.saved", Map.of("subject", draft.subjectName(), "class",
				students.get(0).className(), "marks", String.join(", ", list))));
	}

}
