package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.ClassId;
import org.classbell.store.Match;
import org.classbell.store.StudentId;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.roster.StudentRef;
import org.classbell.store.roster.Students;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the students a command names, and where a name fits several students (or none,
 * but some come close) asks the teacher to pick with buttons, one name at a time. Nothing
 * is saved until every student is known; a name nothing comes close to stops the command.
 * The draft keeps the school it was made in: a pick is carried out only by the teacher's
 * staff record there, on students of that school, so a button re-stamped with another
 * school ({@link SchoolStamp}) is out of date.
 */
@Component
class Choices implements Buttons<Choices.Pick> {

	static final String KIND = "draft";

	private final Students students;

	private final Classes classes;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	private final ObjectProvider<StudentCommand> commands;

	Choices(Students students, Classes classes, PendingChoices pending, JsonMapper json, BotProperties properties,
			Texts texts, ObjectProvider<StudentCommand> commands) {
		this.students = students;
		this.classes = classes;
		this.pending = pending;
		this.json = json;
		this.properties = properties;
		this.texts = texts;
		this.commands = commands;
	}

	/**
	 * Finds the students of the draft's slots, and carries the command out or asks for a
	 * choice.
	 */
	List<Reply> resolve(Caller caller, Draft draft) {
		List<ClassId> classes = draft.classIds();
		Draft resolved = draft;
		for (int i = 0; i < draft.slots().size(); i++) {
			String typed = draft.slots().get(i).typed();
			Optional<StudentRef> ref = StudentRef.parse(typed);
			if (ref.isEmpty()) {
				return List.of(this.texts.say(caller, "students.not_a_name", Map.of("typed", typed)));
			}
			Match<StudentCard> match = this.students.match(classes, ref.get());
			if (match instanceof Match.Found<StudentCard> found) {
				resolved = resolved.withSlot(i, new Draft.Slot(typed, List.of(), found.value().id()));
			}
			else if (match.candidates().isEmpty()) {
				return List.of(this.texts.say(caller, "students.unknown", Map.of("typed", typed)));
			}
			else {
				resolved = resolved.withSlot(i,
						new Draft.Slot(typed, match.candidates().stream().map(StudentCard::id).toList(), null));
			}
		}
		resolved = resolved.madeIn(caller.staff().orElseThrow().school());
		if (resolved.open() < 0) {
			return complete(caller, resolved);
		}
		ChoiceId id = this.pending.save(caller.user(), KIND, this.json.writeValueAsString(resolved), caller.now(),
				caller.now().plus(this.properties.choiceLifetime()));
		return List.of(question(caller, id, resolved, false));
	}

	@Override
	public String prefix() {
		return "pick";
	}

	@Override
	public Optional<Pick> decode(String data) {
		return Pick.decode(data);
	}

	@Override
	public List<Reply> press(Caller caller, Pick pick) {
		Optional<PendingChoices.Pending> found = this.pending.take(pick.choice(), KIND, caller.user(), caller.now());
		if (found.isEmpty() || caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		ChoiceId id = found.get().id();
		Draft draft;
		try {
			draft = this.json.readValue(found.get().payload(), Draft.class);
		}
		catch (JacksonException ex) {
			this.pending.delete(id);
			return List.of(this.texts.expired(caller));
		}
		if (!caller.actsAsStaffIn(draft.school())) {
			return List.of(this.texts.expired(caller));
		}
		if (pick.slot() < 0) {
			this.pending.delete(id);
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "students.cancelled")));
		}
		if (pick.slot() >= draft.slots().size()
				|| !draft.slots().get(pick.slot()).candidates().contains(pick.student())) {
			return List.of(this.texts.expired(caller));
		}
		draft = draft.withSlot(pick.slot(), draft.slots().get(pick.slot()).choose(pick.student()));
		if (draft.open() >= 0) {
			this.pending.update(id, this.json.writeValueAsString(draft));
			return List.of(question(caller, id, draft, true));
		}
		List<StudentCard> cards = cards(draft);
		if (!ofSchool(draft, cards)) {
			return List.of(this.texts.expired(caller));
		}
		this.pending.delete(id);
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Edit(
				this.texts.html(caller.locale(), "students.chosen", Map.of("students", Words.students(cards)))));
		replies.addAll(complete(caller, draft, cards));
		return replies;
	}

	/**
	 * Whether the draft's classes are of its school and the students of its classes.
	 */
	private boolean ofSchool(Draft draft, List<StudentCard> cards) {
		List<ClassId> there = this.classes.all(draft.school()).stream().map(SchoolClass::id).toList();
		return there.containsAll(draft.classIds())
				&& cards.stream().allMatch((card) -> draft.classIds().contains(card.classId()));
	}

	private List<Reply> complete(Caller caller, Draft draft) {
		return complete(caller, draft, cards(draft));
	}

	private List<Reply> complete(Caller caller, Draft draft, List<StudentCard> cards) {
		StudentCommand command = this.commands.stream()
			.filter((candidate) -> candidate.draftKind() == draft.command())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No command takes drafts of " + draft.command()));
		return command.complete(caller, draft, cards);
	}

	private List<StudentCard> cards(Draft draft) {
		return draft.slots().stream().map((slot) -> this.students.find(slot.chosen()).orElseThrow()).toList();
	}

	/**
	 * Asks which student the first open slot means: one button per candidate, and one to
	 * cancel.
	 */
	private Reply question(Caller caller, ChoiceId id, Draft draft, boolean editing) {
		int open = draft.open();
		Draft.Slot slot = draft.slots().get(open);
		List<List<Reply.Button>> buttons = new ArrayList<>();
		for (StudentId candidate : slot.candidates()) {
			StudentCard card = this.students.find(candidate).orElseThrow();
			buttons.add(
					List.of(new Reply.Button(
							this.texts.label(caller.locale(), "students.candidate",
									Map.of("name", card.fullName(), "class", card.className(), "number",
											card.listNo())),
							ButtonData.join(prefix(), new Pick(id, open, candidate).encode()))));
		}
		buttons.add(List.of(new Reply.Button(this.texts.label(caller.locale(), "students.cancel"),
				ButtonData.join(prefix(), Pick.cancel(id).encode()))));
		String html = this.texts.html(caller.locale(), "students.which", Map.of("typed", slot.typed()));
		return editing ? new Reply.Edit(html, buttons) : new Reply.Send(html, buttons);
	}

	/**
	 * A teacher's pick, and its codec: {@code <choice>:<slot>:<student>}, or
	 * {@code <choice>:cancel}.
	 *
	 * @param choice the choice kept open
	 * @param slot the slot picked for, or -1 to cancel the command
	 * @param student the student picked, or {@code null} to cancel
	 */
	record Pick(ChoiceId choice, int slot, StudentId student) {

		private static final int MAX_SLOTS = 100;

		static Pick cancel(ChoiceId choice) {
			return new Pick(choice, -1, null);
		}

		String encode() {
			return (this.slot < 0) ? this.choice.value() + ":cancel"
					: this.choice.value() + ":" + this.slot + ":" + this.student.value();
		}

		static Optional<Pick> decode(String data) {
			Optional<List<String>> cancel = ButtonData.split(data, 2).filter((parts) -> "cancel".equals(parts.get(1)));
			if (cancel.isPresent()) {
				return ButtonData.id(cancel.get().get(0)).map((id) -> cancel(new ChoiceId(id)));
			}
			return ButtonData.split(data, 3).flatMap((parts) -> {
				Optional<Long> choice = ButtonData.id(parts.get(0));
				Optional<Long> student = ButtonData.id(parts.get(2));
				if (choice.isEmpty() || student.isEmpty() || !parts.get(1).matches("[0-9]{1,2}")
						|| Integer.parseInt(parts.get(1)) >= MAX_SLOTS) {
					return Optional.empty();
				}
				return Optional.of(new Pick(new ChoiceId(choice.get()), Integer.parseInt(parts.get(1)),
						new StudentId(student.get())));
			});
		}

	}

}
