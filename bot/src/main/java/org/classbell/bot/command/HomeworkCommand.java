package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.journal.Journal;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.timetable.Teaching;
import org.classbell.store.timetable.Timetable;
import org.classbell.store.timetable.TimetableSlot;

import org.springframework.stereotype.Component;

/**
 * {@code /homework [<class>] [<subject>] <text>}: homework for a class in a subject the
 * teacher teaches there, due at the next lesson of that subject by the timetable.
 */
@Component
class HomeworkCommand implements Command {

	static final int MAX_LENGTH = 4000;

	private final Scope scope;

	private final Journal journal;

	private final Timetable timetable;

	private final Texts texts;

	HomeworkCommand(Scope scope, Journal journal, Timetable timetable, Texts texts) {
		this.scope = scope;
		this.journal = journal;
		this.timetable = timetable;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("homework", "hw");
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
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		return this.scope.classOf(caller, typedClass, Scope.Right.TEACHING, "/homework 5А алгебра № 125")
			.then((schoolClass) -> this.scope
				.subjectOf(caller, schoolClass, arguments, "/homework " + schoolClass.name() + " алгебра № 125")
				.then((teaching) -> save(caller, schoolClass, teaching, arguments.rest())));
	}

	private List<Reply> save(Caller caller, SchoolClass schoolClass, Teaching teaching, String text) {
		if (text.isBlank()) {
			return List.of(this.texts.say(caller, "homework.usage"));
		}
		if (text.length() > MAX_LENGTH) {
			return List.of(this.texts.say(caller, "too_long", Map.of("max", MAX_LENGTH)));
		}
		LocalDate due = nextLesson(schoolClass, teaching, caller.today()).orElse(null);
		this.journal.homework(caller.staff().orElseThrow(), schoolClass.id(), teaching.subjectId(), text,
				caller.today(), due, caller.now());
		return List
			.of(this.texts.say(caller, (due != null) ? "homework.saved" : "homework.saved_undated", Map.of("subject",
					teaching.subject(), "class", schoolClass.name(), "due", (due != null) ? due : caller.today())));
	}

	/**
	 * The day of the next lesson of the subject in the class after today, within a week.
	 */
	private Optional<LocalDate> nextLesson(SchoolClass schoolClass, Teaching teaching, LocalDate today) {
		for (int days = 1; days <= 7; days++) {
			LocalDate day = today.plusDays(days);
			boolean lesson = this.timetable.ofClass(schoolClass.id(), day.getDayOfWeek().getValue())
				.stream()
				.map(TimetableSlot::subjectId)
				.anyMatch(teaching.subjectId()::equals);
			if (lesson) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

}
