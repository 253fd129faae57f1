package org.classbell.bot.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.StaffMessages;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.relay.Relay;
import org.classbell.notifier.relay.RelayButtons;
import org.classbell.notifier.relay.ToParent;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.relay.Parties;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;

/**
 * A staff member's answer to a parent: «Ответить» under a parent's message
 * ({@code rr:<guardian>:<student>}) makes their next text the answer, for half an hour; a
 * text written as a reply to a parent's message in the messenger is one at once. Only the
 * child's class teacher or an admin of the school may answer.
 */
@Component
class ParentReplies implements Buttons<RelayButtons.Reply> {

	static final String KIND = "relay_reply";

	/** How long after «Ответить» the next text is the answer. */
	static final Duration REPLYING = Duration.ofMinutes(30);

	private final Relay relay;

	private final StaffMessages staffMessages;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final Texts texts;

	ParentReplies(Relay relay, StaffMessages staffMessages, PendingChoices pending, JsonMapper json, Texts texts) {
		this.relay = relay;
		this.staffMessages = staffMessages;
		this.pending = pending;
		this.json = json;
		this.texts = texts;
	}

	/**
	 * The staff member's text as an answer to a parent: written as a reply to a parent's
	 * message (which names whom it answers, whatever they pressed before), else after
	 * pressing «Ответить»; empty when it is neither.
	 */
	Optional<List<Reply>> write(Caller caller, String text) {
		Optional<Topic.ParentAndChild> to = Optional.empty();
		if (caller.incoming().replyTo() != null) {
			to = repliedTo(caller);
			if (to.isPresent()) {
				this.pending.deleteAll(caller.user(), KIND);
			}
		}
		if (to.isEmpty()) {
			to = this.pending.latest(caller.user(), KIND, caller.now()).map((replying) -> {
				JsonNode payload = this.json.readTree(replying.payload());
				return new Topic.ParentAndChild(new GuardianId(payload.path("guardian").asLong()),
						new StudentId(payload.path("student").asLong()));
			});
		}
		return to.map((parent) -> List.of(answer(caller, author(caller, parent), parent, text)));
	}

	/**
	 * The parent and child of the message the text replies to, if it is a parent's
	 * message to one of the caller's staff members (in any of their schools).
	 */
	private Optional<Topic.ParentAndChild> repliedTo(Caller caller) {
		for (StaffMember staff : caller.memberships().staff()) {
			Optional<Topic.ParentAndChild> to = this.staffMessages
				.topicOfSent(staff.id(), Channel.of(caller.messenger()), caller.incoming().replyTo())
				.flatMap(Topic::parentAndChild);
			if (to.isPresent()) {
				return to;
			}
		}
		return Optional.empty();
	}

	/**
	 * The caller's staff member who answers: of a teacher of several schools, the one in
	 * the child's school.
	 */
	private StaffMember author(Caller caller, Topic.ParentAndChild parent) {
		StaffMember first = caller.staff().orElseThrow();
		if (caller.memberships().staff().size() < 2) {
			return first;
		}
		return this.relay.parties(parent.guardian(), parent.student())
			.flatMap((parties) -> caller.memberships().staffIn(parties.school()))
			.orElse(first);
	}

	/**
	 * Relays the answer; a teacher who pressed «Ответить» and wrote too long an answer
	 * may write it again shorter, anything else ends their answering.
	 */
	private Reply answer(Caller caller, StaffMember staff, Topic.ParentAndChild parent, String text) {
		ToParent sent = this.relay.toParent(staff, parent.guardian(), parent.student(), text, caller.now());
		if (sent.outcome() != ToParent.Outcome.TOO_LONG) {
			this.pending.deleteAll(caller.user(), KIND);
		}
		return switch (sent.outcome()) {
			case SENT -> this.texts.say(caller, "relay.sent", names(sent.parties()));
			case UNREACHABLE -> this.texts.say(caller, "relay.unreachable", names(sent.parties()));
			case TOO_LONG -> this.texts.say(caller, "relay.reply_too_long", Map.of("max", Relay.MAX_LENGTH));
			case NOT_ALLOWED -> this.texts.say(caller, "relay.not_allowed");
			case EMPTY -> this.texts.say(caller, "not_a_command");
		};
	}

	@Override
	public String prefix() {
		return RelayButtons.REPLY;
	}

	@Override
	public Optional<RelayButtons.Reply> decode(String data) {
		return RelayButtons.decodeReply(data);
	}

	@Override
	public Optional<SchoolId> school(RelayButtons.Reply press) {
		return press.cancel() ? Optional.empty()
				: this.relay.parties(press.guardian(), press.student()).map(Parties::school);
	}

	@Override
	public List<Reply> press(Caller caller, RelayButtons.Reply press) {
		if (caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (press.cancel()) {
			this.pending.deleteAll(caller.user(), KIND);
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "relay.reply_cancelled")));
		}
		Optional<Parties> parties = this.relay.mayReply(caller.staff().get(), press.guardian(), press.student());
		if (parties.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		this.pending.deleteAll(caller.user(), KIND);
		this.pending.save(caller.user(), KIND,
				this.json.writeValueAsString(
						Map.of("guardian", press.guardian().value(), "student", press.student().value())),
				caller.now(), caller.now().plus(REPLYING));
		return List.of(this.texts.ask(caller, "relay.reply_prompt", names(parties.get()),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "relay.cancel_button"),
						RelayButtons.cancelReply())))));
	}

	/**
	 * The guardian, child and class, as the teacher's texts name them.
	 */
	static Map<String, Object> names(Parties parties) {
		return Map.of("guardian", parties.guardianName(), "child", parties.childName(), "class", parties.className());
	}

}
