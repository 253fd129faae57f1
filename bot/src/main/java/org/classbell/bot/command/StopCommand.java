package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;

import org.springframework.stereotype.Component;

/**
 * {@code /stop}: after a confirmation, a guardian gets no more messages, by Telegram or
 * SMS, and this Telegram account is unlinked; a new code from the class teacher links it
 * again.
 */
@Component
class StopCommand implements Command, Buttons<Boolean> {

	private final ConsentLedger consents;

	private final ChatLinks links;

	private final AuditTrail audit;

	private final Texts texts;

	StopCommand(ConsentLedger consents, ChatLinks links, AuditTrail audit, Texts texts) {
		this.consents = consents;
		this.links = links;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("stop");
	}

	@Override
	public Audience audience() {
		return Audience.GUARDIAN;
	}

	@Override
	public String prefix() {
		return "stop";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		return List.of(this.texts.ask(caller, "stop.ask", both(caller),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "stop.yes"), encode(true)),
						new Reply.Button(this.texts.label(caller.locale(), "stop.no"), encode(false))))));
	}

	/**
	 * {@code stop:yes} or {@code stop:no}.
	 */
	private String encode(boolean stop) {
		return ButtonData.join(prefix(), ButtonData.yesNo(stop));
	}

	/**
	 * Whether the guardian linked both messengers, which /stop unlinks together.
	 */
	private Map<String, String> both(Caller caller) {
		boolean both = caller.guardian().isPresent() && this.links.messengers(caller.guardian().get().id()).size() > 1;
		return Map.of("both", both ? "yes" : "no");
	}

	@Override
	public Optional<Boolean> decode(String data) {
		return ButtonData.yesNo(data);
	}

	@Override
	public List<Reply> press(Caller caller, Boolean stop) {
		if (caller.guardian().isEmpty() || !stop) {
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "stop.kept"), List.of()));
		}
		var guardian = caller.guardian().get();
		this.audit.actAs(Actor.guardian(guardian.id()));
		this.consents.record(
				ConsentChange.withdrawn(guardian.id(), Purpose.SMS, ConsentSource.of(caller.messenger()), "/stop"),
				caller.now());
		Map<String, String> both = both(caller);
		this.links.unlinkGuardian(guardian.id(), caller.now());
		return List.of(new Reply.Edit(this.texts.html(caller, "stop.done", both), List.of()));
	}

}
