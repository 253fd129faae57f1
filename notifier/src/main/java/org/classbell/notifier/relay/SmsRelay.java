package org.classbell.notifier.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.classbell.notifier.inbound.SmsMessages;
import org.classbell.store.Names;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.StudentCard;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's free-text SMS, relayed to the class teacher of their child as their
 * messages to the bot are. Where their children are in several classes, the SMS names the
 * child first ({@code Пётр: ...}); otherwise it is asked to, and nothing is relayed.
 */
@Component
class SmsRelay implements SmsMessages {

	private final Relay relay;

	private final Guardians guardians;

	private final MessageCatalog messages;

	SmsRelay(Relay relay, Guardians guardians, MessageCatalog messages) {
		this.relay = relay;
		this.guardians = guardians;
		this.messages = messages;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public String relay(List<Guardian> senders, String body, Instant now) {
		Locale locale = senders.get(0).language().locale();
		List<Child> children = new ArrayList<>();
		for (Guardian sender : senders) {
			this.guardians.children(sender.id()).forEach((card) -> children.add(new Child(sender, card)));
		}
		if (children.isEmpty()) {
			return this.messages.render(locale, "sms.reply.no_children");
		}
		List<Child> consented = children.stream().filter((child) -> child.guardian().hasConsent()).toList();
		if (consented.isEmpty()) {
			return this.messages.render(locale, "sms.reply.relay_needs_consent");
		}
		List<Child> named = named(consented, body);
		Child child;
		if (named.size() == 1) {
			child = named.get(0);
		}
		else if (consented.stream().map((each) -> each.card().classId()).distinct().count() == 1) {
			// one class teacher for all of them: it reaches the right one, filed under
			// the first child
			child = consented.get(0);
		}
		else {
			return this.messages.render(locale, "sms.reply.relay_which_child",
					Map.of("children",
							consented.stream()
								.map((each) -> each.card().firstName())
								.distinct()
								.collect(Collectors.joining(", "))));
		}
		ToTeacher relayed = this.relay.toTeacher(child.guardian().id(), child.card().id(), body, "sms", now);
		Map<String, Object> arguments = Map.of("class", child.card().className(), "teacher",
				(relayed.parties() != null) ? relayed.parties().classTeacherShort() : "", "max", Relay.MAX_LENGTH,
				"perHour", Relay.PER_HOUR, "perDay", Relay.PER_DAY, "at",
				(relayed.heldUntil() != null) ? relayed.heldUntil().toString() : "");
		String key = switch (relayed.outcome()) {
			case PASSED -> "sms.reply.relay_passed";
			case HELD -> "sms.reply.relay_held";
			case MUTED -> "sms.reply.relay_muted";
			case NO_TEACHER -> "sms.reply.relay_no_teacher";
			case TOO_LONG -> "sms.reply.relay_too_long";
			case HOURLY_LIMIT -> "sms.reply.relay_hourly_limit";
			case DAILY_LIMIT -> "sms.reply.relay_daily_limit";
			case EMPTY, NOT_YOURS -> "sms.reply.unknown_command";
		};
		return this.messages.render(child.guardian().language().locale(), key, arguments);
	}

	/**
	 * The children whose first name the SMS begins with.
	 */
	private static List<Child> named(List<Child> children, String body) {
		String first = body.strip().split("[\\s,.:;!—-]+", 2)[0];
		String key = Names.key(first);
		return children.stream().filter((child) -> Names.key(child.card().firstName()).equals(key)).toList();
	}

	private record Child(Guardian guardian, StudentCard card) {

	}

}
