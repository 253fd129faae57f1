package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.GuardianMessages;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.relay.Relay;
import org.classbell.notifier.relay.ToTeacher;
import org.classbell.store.StudentId;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.roster.Guardian;

import org.springframework.stereotype.Component;

/**
 * A guardian's plain text to the bot: a message to the class teacher of their child, in
 * the child's school. Where they have several children (in any of the schools they are
 * linked in) it asks which child it is about, with a button per child
 * ({@code rl:<choice>:<student>}, or {@code rl:<choice>:cancel}) that names the school
 * when the children are in several, and keeps the text until they pick, unless they wrote
 * it as a reply to a class teacher's answer about one of them.
 */
@Component
class ParentMessages implements Buttons<ParentMessages.Pick> {

	static final String KIND = "relay_child";

	private final Relay relay;

	private final OwnChildren children;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	private final GuardianMessages sent;

	ParentMessages(Relay relay, OwnChildren children, PendingChoices pending, JsonMapper json, BotProperties properties,
			Texts texts, GuardianMessages sent) {
		this.sent = sent;
		this.relay = relay;
		this.children = children;
		this.pending = pending;
		this.json = json;
		this.properties = properties;
		this.texts = texts;
	}

	/**
	 * Relays what a consented guardian wrote, or asks which child it is about: of all
	 * their children, in every school they are linked in.
	 */
	List<Reply> write(Caller caller, String text) {
		List<OwnChildren.Child> children = this.children.of(caller);
		if (children.isEmpty()) {
			return List.of(this.texts.say(caller, "relay.no_children"));
		}
		if (children.size() == 1) {
			return List.of(new Reply.Send(said(caller, children.get(0), text)));
		}
		Optional<OwnChildren.Child> answering = answering(caller, children);
		if (answering.isPresent()) {
			return List.of(new Reply.Send(said(caller, answering.get(), text)));
		}
		if (text.strip().length() > Relay.MAX_LENGTH) {
			return List.of(this.texts.say(caller, "relay.too_long", Map.of("max", Relay.MAX_LENGTH)));
		}
		ChoiceId id = this.pending.save(caller.user(), KIND, this.json.writeValueAsString(Map.of("text", text.strip())),
				caller.now(), caller.now().plus(this.properties.choiceLifetime()));
		boolean schools = OwnChildren.inSeveralSchools(children);
		List<List<Reply.Button>> buttons = new ArrayList<>();
		for (OwnChildren.Child child : children) {
			buttons.add(List.of(new Reply.Button(
					this.texts.label(caller.locale(), schools ? "relay.child.label_school" : "relay.child.label",
							Map.of("child", child.card().firstName(), "class", child.card().className(), "school",
									child.school().name())),
					ButtonData.join(prefix(), id.value(), child.card().id().value()))));
		}
		buttons.add(List.of(new Reply.Button(this.texts.label(caller.locale(), "relay.cancel_button"),
				ButtonData.join(prefix(), id.value(), "cancel"))));
		return List.of(this.texts.ask(caller, "relay.which_child", Map.of(), buttons));
	}

	/**
	 * The child a text is about when the guardian wrote it as a reply to a class
	 * teacher's answer (or to any message about one child), so that they need not be
	 * asked.
	 */
	private Optional<OwnChildren.Child> answering(Caller caller, List<OwnChildren.Child> children) {
		if (caller.incoming().replyTo() == null) {
			return Optional.empty();
		}
		for (Guardian guardian : caller.memberships().consentedGuardians()) {
			Optional<StudentId> about = this.sent
				.topicOfSent(guardian.id(), Channel.of(caller.messenger()), caller.incoming().replyTo())
				.flatMap(Topic::parentAndChild)
				.filter((topic) -> topic.guardian().equals(guardian.id()))
				.map(Topic.ParentAndChild::student);
			if (about.isPresent()) {
				return children.stream()
					.filter((child) -> child.guardian().equals(guardian) && child.card().id().equals(about.get()))
					.findFirst();
			}
		}
		return Optional.empty();
	}

	@Override
	public String prefix() {
		return "rl";
	}

	@Override
	public Optional<Pick> decode(String data) {
		return ButtonData.split(data, 2).flatMap((parts) -> {
			Optional<Long> choice = ButtonData.id(parts.get(0));
			if (choice.isEmpty()) {
				return Optional.empty();
			}
			if ("cancel".equals(parts.get(1))) {
				return Optional.of(new Pick(new ChoiceId(choice.get()), null));
			}
			return ButtonData.id(parts.get(1))
				.map((student) -> new Pick(new ChoiceId(choice.get()), new StudentId(student)));
		});
	}

	@Override
	public List<Reply> press(Caller caller, Pick pick) {
		Optional<PendingChoices.Pending> found = this.pending.take(pick.choice(), KIND, caller.user(), caller.now());
		if (found.isEmpty() || caller.guardian().isEmpty() || !caller.guardianConsented()) {
			return List.of(this.texts.expired(caller));
		}
		if (pick.student() == null) {
			this.pending.delete(found.get().id());
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "relay.cancelled")));
		}
		Optional<OwnChildren.Child> child = this.children.of(caller)
			.stream()
			.filter((theirs) -> theirs.card().id().equals(pick.student()))
			.findFirst();
		if (child.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		JsonNode payload = this.json.readTree(found.get().payload());
		this.pending.delete(found.get().id());
		return List.of(new Reply.Edit(said(caller, child.get(), payload.path("text").asString())));
	}

	/**
	 * Relays the text about the child, and says what became of it.
	 */
	private String said(Caller caller, OwnChildren.Child child, String text) {
		ToTeacher relayed = this.relay.toTeacher(child.guardian().id(), child.card().id(), text,
				caller.messenger().code(), caller.now());
		Map<String, Object> arguments = (relayed.parties() != null)
				? Map.of("class", relayed.parties().className(), "teacher", relayed.parties().classTeacherShort(), "at",
						(relayed.heldUntil() != null) ? relayed.heldUntil().toString() : "")
				: Map.of();
		return switch (relayed.outcome()) {
			case PASSED -> this.texts.html(caller, "relay.passed", arguments);
			case HELD -> this.texts.html(caller, "relay.held", arguments);
			case MUTED -> this.texts.html(caller, "relay.muted", arguments);
			case NO_TEACHER -> this.texts.html(caller, "relay.no_teacher", arguments);
			case TOO_LONG -> this.texts.html(caller, "relay.too_long", Map.of("max", Relay.MAX_LENGTH));
			case HOURLY_LIMIT -> this.texts.html(caller, "relay.hourly_limit", Map.of("max", Relay.PER_HOUR));
			case DAILY_LIMIT -> this.texts.html(caller, "relay.daily_limit", Map.of("max", Relay.PER_DAY));
			case EMPTY, NOT_YOURS -> this.texts.html(caller, "not_a_command", Map.of());
		};
	}

	/**
	 * A guardian's pick: the choice kept open, and the child, or {@code null} to cancel.
	 */
	record Pick(ChoiceId choice, StudentId student) {

	}

}
