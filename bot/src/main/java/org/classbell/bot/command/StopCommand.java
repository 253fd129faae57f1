package org.classbell.bot.command;

import java.util.List;
import java.util.Map;

import org.classbell.bot.update.Reply;
import org.classbell.store.Actor;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.Guardians;
import org.classbell.store.telegram.TelegramLinks;

import org.springframework.stereotype.Component;

/**
 * {@code /stop}: after a confirmation, a guardian gets no more messages, by Telegram or
 * SMS, and this Telegram account is unlinked; a new code from the class teacher links it
 * again.
 */
@Component
class StopCommand implements Command, Buttons {

	private final Guardians guardians;

	private final TelegramLinks links;

	private final AuditTrail audit;

	private final Texts texts;

	StopCommand(Guardians guardians, TelegramLinks links, AuditTrail audit, Texts texts) {
		this.guardians = guardians;
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
		return List.of(this.texts.ask(caller, "stop.ask", Map.of(),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "stop.yes"), "stop:yes"),
						new Reply.Button(this.texts.label(caller.locale(), "stop.no"), "stop:no")))));
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		int message = caller.incoming().messageId();
		if (caller.guardian().isEmpty() || !"yes".equals(data)) {
			return List
				.of(new Reply.Edit(caller.chatId(), message, this.texts.html(caller.locale(), "stop.kept"), List.of()));
		}
		var guardian = caller.guardian().get();
		this.audit.actAs(Actor.guardian(guardian.id()));
		this.guardians.optOut(guardian.id(), caller.now());
		this.links.unlinkGuardian(caller.userId());
		return List
			.of(new Reply.Edit(caller.chatId(), message, this.texts.html(caller.locale(), "stop.done"), List.of()));
	}

}
