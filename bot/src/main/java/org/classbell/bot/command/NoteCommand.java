package org.classbell.bot.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.update.Reply;
import org.classbell.notifier.alerts.NoteAlerts;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.journal.Written;
import org.classbell.store.roster.ClassId;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.staff.StaffMember;

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

	private final NoteAlerts alerts;

	private final Texts texts;

	NoteCommand(Scope scope, Choices choices, Journal journal, NoteAlerts alerts, Texts texts) {
		this.scope = scope;
		this.choices = choices;
		this.journal = journal;
		this.alerts = alerts;
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
	public String draftName() {
		return "note";
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
		String payload = kind.code() + ":" + note;
		return this.scope.studentClasses(caller, typedClass, Scope.Right.JOURNAL, "/" + name + " 5А Иванов")
			.then((classes) -> resolve(caller, classes, student, payload));
	}

	private List<Reply> resolve(Caller caller, List<ClassId> classes, String student, String payload) {
		return this.choices.resolve(caller, new Draft(draftName(), classes.stream().map(ClassId::value).toList(),
				caller.today(), List.of(), null, payload, null, AttendanceCommand.slots(List.of(student))));
	}

	@Override
	public List<Reply> complete(Caller caller, Draft draft, List<StudentCard> students) {
		int colon = draft.text().indexOf(':');
		NoteKind kind = NoteKind.valueOf(draft.text().substring(0, colon).toUpperCase(Locale.ROOT));
		String note = draft.text().substring(colon + 1);
		StudentCard student = students.get(0);
		StaffMember author = caller.staff().orElseThrow();
		Written written = this.journal.note(author, kind, student.id(), note, draft.day(), caller.now());
		this.alerts.noted(written.rows().get(0), kind, student.id(), note, author.name().givenNames(), caller.now());
		return List.of(this.texts.say(caller, "note.saved." + kind.code(),
				Map.of("student", student.shortName(), "class", student.className())));
	}

}
