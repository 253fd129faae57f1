package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.ClassId;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Written;
import org.classbell.store.roster.StudentCard;

import org.springframework.stereotype.Component;

/**
 * {@code /excuse [<class>] <student> [<reason>]}: the student's absences and latenesses
 * today are excused (or the whole day ahead, when none is recorded yet); guardians
 * already told of an absence get a correction.
 */
@Component
class ExcuseCommand implements Command, StudentCommand {

	private final Scope scope;

	private final Choices choices;

	private final Journal journal;

	private final Texts texts;

	ExcuseCommand(Scope scope, Choices choices, Journal journal, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("excuse");
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
		return Draft.Kind.EXCUSE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		if (arguments.isEmpty()) {
			return List.of(this.texts.say(caller, "excuse.usage"));
		}
		String student = arguments.takeStudent();
		String reason = arguments.rest();
		return this.scope.studentClasses(caller, typedClass, Scope.Right.JOURNAL, "/excuse 5А Иванов")
			.then((classes) -> resolve(caller, classes, student, reason));
	}

	private List<Reply> resolve(Caller caller, List<ClassId> classes, String student, String reason) {
		return this.choices.resolve(caller,
				Draft.of(draftKind(), classes, caller.today(), List.of(student)).withText(reason));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		StudentCard student = students.get(0);
		String reason = (draft.text() == null || draft.text().isBlank()) ? null : draft.text();
		Written written = this.journal.excuse(caller.staff().orElseThrow(), student.id(), draft.day(), reason,
				caller.now());
		return List.of(this.texts.say(caller, written.isEmpty() ? "excuse.unchanged" : "excuse.saved",
				Map.of("student", student.shortName(), "class", student.className(), "date", draft.day(), "reason",
						(reason != null) ? reason : "")));
	}

}
