package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.update.Reply;
import org.classbell.store.Match;
import org.classbell.store.roster.ClassId;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.roster.StudentId;
import org.classbell.store.roster.StudentRef;
import org.classbell.store.roster.Students;
import org.classbell.store.telegram.PendingChoices;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the students a command names, and where a name fits several students (or none,
 * but some come close) asks the teacher to pick with buttons, one name at a time. Nothing
 * is saved until every student is known; a name nothing comes close to stops the command.
 */
@Component
class Choices implements Buttons {

	private final Students students;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	private final ObjectProvider<StudentCommand> commands;

	Choices(Students students, PendingChoices pending, JsonMapper json, BotProperties properties, Texts texts,
			ObjectProvider<StudentCommand> commands) {
		this.students = students;
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
		List<ClassId> classes = draft.classIds().stream().map(ClassId::new).toList();
		Draft resolved = draft;
		for (int i = 0; i < draft.slots().size(); i++) {
			String typed = draft.slots().get(i).typed();
			Optional<StudentRef> ref = StudentRef.parse(typed);
			if (ref.isEmpty()) {
				return List.of(this.texts.say(caller, "students.not_a_name", Map.of("typed", typed)));
			}
			Match<StudentCard> match = this.students.match(classes, ref.get());
			if (match instanceof Match.Found<StudentCard> found) {
				resolved = resolved.withSlot(i, new Draft.Slot(typed, List.of(), found.value().id().value()));
			}
			else if (match.candidates().isEmpty()) {
				return List.of(this.texts.say(caller, "students.unknown", Map.of("typed", typed)));
			}
			else {
				resolved = resolved.withSlot(i, new Draft.Slot(typed,
						match.candidates().stream().map((card) -> card.id().value()).toList(), null));
			}
		}
		if (resolved.open() < 0) {
			return complete(caller, resolved);
		}
		long id = this.pending.save(caller.userId(), "draft", this.json.writeValueAsString(resolved), caller.now(),
				caller.now().plus(this.properties.choiceLifetime()));
		return List.of(question(caller, id, resolved, null));
	}

	@Override
	public String prefix() {
		return "pick";
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		String[] parts = data.split(":");
		Optional<PendingChoices.Pending> found = this.pending.take(Long.parseLong(parts[0]), caller.userId(),
				caller.now());
		int message = caller.incoming().messageId();
		if (found.isEmpty() || caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		long id = found.get().id();
		if ("cancel".equals(parts[1])) {
			this.pending.delete(id);
			return List.of(new Reply.Edit(caller.chatId(), message,
					this.texts.html(caller.locale(), "students.cancelled"), List.of()));
		}
		Draft draft = this.json.readValue(found.get().payload(), Draft.class);
		int slot = Integer.parseInt(parts[1]);
		long student = Long.parseLong(parts[2]);
		if (slot >= draft.slots().size() || !draft.slots().get(slot).candidates().contains(student)) {
			return List.of(this.texts.expired(caller));
		}
		draft = draft.withSlot(slot, draft.slots().get(slot).choose(student));
		if (draft.open() >= 0) {
			this.pending.update(id, this.json.writeValueAsString(draft));
			return List.of(question(caller, id, draft, message));
		}
		this.pending.delete(id);
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Edit(caller.chatId(), message,
				this.texts.html(caller.locale(), "students.chosen", Map.of("students", Words.students(cards(draft)))),
				List.of()));
		replies.addAll(complete(caller, draft));
		return replies;
	}

	private List<Reply> complete(Caller caller, Draft draft) {
		StudentCommand command = this.commands.stream()
			.filter((candidate) -> candidate.draftName().equals(draft.command()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No command takes drafts of " + draft.command()));
		return command.complete(caller, draft, cards(draft));
	}

	private List<StudentCard> cards(Draft draft) {
		return draft.slots()
			.stream()
			.map((slot) -> this.students.find(new StudentId(slot.chosen())).orElseThrow())
			.toList();
	}

	/**
	 * Asks which student the first open slot means: one button per candidate, and one to
	 * cancel.
	 */
	private Reply question(Caller caller, long id, Draft draft, Integer editing) {
		int open = draft.open();
		Draft.Slot slot = draft.slots().get(open);
		List<List<Reply.Button>> buttons = new ArrayList<>();
		for (long candidate : slot.candidates()) {
			StudentCard card = this.students.find(new StudentId(candidate)).orElseThrow();
			buttons.add(List.of(new Reply.Button(
					this.texts.label(caller.locale(), "students.candidate",
							Map.of("name", card.fullName(), "class", card.className(), "number", card.listNo())),
					"pick:" + id + ":" + open + ":" + candidate)));
		}
		buttons.add(List
			.of(new Reply.Button(this.texts.label(caller.locale(), "students.cancel"), "pick:" + id + ":cancel")));
		String html = this.texts.html(caller.locale(), "students.which", Map.of("typed", slot.typed()));
		return (editing != null) ? new Reply.Edit(caller.chatId(), editing, html, buttons)
				: new Reply.Send(caller.chatId(), html, buttons);
	}

}
