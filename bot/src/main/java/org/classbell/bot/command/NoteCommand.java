package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.roster.StudentCard;

import org.springframework.stereotype.Component;

/**
 * {@code /praise [<class>] <student> <text>} and {@code /remark ...}: a behaviour note,
 * and a message to the student's guardians.
 */
@Component
class NoteCommand implements Command, StudentCommand {

	static final int MAX_LENGTH = 2000;

	private final Scope scope;

	private final Choices choices;

	private final Journal journal;

	private final Texts texts;

	NoteCommand(Scope scope, Choices choices, Journal journal, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("praise", "remark");
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
		return Draft.Kind.NOTE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		NoteKind kind = "praise".equals(name) ? NoteKind.PRAISE : NoteKind.REMARK;
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		if (arguments.isEmpty()) {
			return List.of(this.texts.say(caller, "note.usage." + kind.code()));
		}
		String student = arguments.takeStudent();
		String note = arguments.rest();
		if (note.isBlank()) {
			return List.of(this.texts.say(caller, "note.usage." + kind.code()));
		}
		if (note.length() > MAX_LENGTH) {
			return List.of(this.texts.say(caller, "too_long", Map.of("max", MAX_LENGTH)));
		}
		return this.scope.studentClasses(caller, typedClass, Scope.Right.JOURNAL, "/" + name + " 5А Иванов")
			.then((classes) -> this.choices.resolve(caller,
					Draft.of(draftKind(), classes, caller.today(), List.of(student)).withNote(kind, note)));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		NoteKind kind = draft.note();
		StudentCard student = students.get(0);
		this.journal.note(caller.staff().orElseThrow(), kind, student.id(), draft.text(), draft.day(), caller.now());
		return List.of(this.texts.say(caller, "note.saved." + kind.code(),
				Map.of("student", student.shortName(), "class", student.className())));
	}

}
