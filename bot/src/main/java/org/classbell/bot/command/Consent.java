package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.store.roster.StudentCard;

import org.springframework.stereotype.Component;

/**
 * A guardian's consent to the processing of their and their children's data, confirmed
 * with a button before the bot shows them anything. A parent linked in several schools
 * confirms it for each school's guardian record they linked and had not yet confirmed.
 */
@Component
class Consent implements Buttons<Boolean> {

	private final ChatLinks links;

	private final OwnChildren children;

	private final ConsentLedger consents;

	private final AuditTrail audit;

	private final Texts texts;

	Consent(ChatLinks links, OwnChildren children, ConsentLedger consents, AuditTrail audit, Texts texts) {
		this.links = links;
		this.children = children;
		this.consents = consents;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * The question, with a button to agree and one to decline.
	 */
	Reply.Send ask(Caller caller) {
		return this.texts.ask(caller, "consent.ask", Map.of(),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "consent.agree"), encode(true)),
						new Reply.Button(this.texts.label(caller.locale(), "consent.decline"), encode(false)))));
	}

	@Override
	public String prefix() {
		return "consent";
	}

	/**
	 * {@code consent:yes} or {@code consent:no}.
	 */
	private String encode(boolean agree) {
		return ButtonData.join(prefix(), ButtonData.yesNo(agree));
	}

	@Override
	public Optional<Boolean> decode(String data) {
		return ButtonData.yesNo(data);
	}

	@Override
	public List<Reply> press(Caller caller, Boolean agree) {
		if (caller.guardian().isEmpty()) {
			return List.of(this.texts.say(caller, "not_linked"));
		}
		if (!agree) {
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "consent.declined"), List.of()));
		}
		this.audit.actAs(Actor.guardian(caller.guardian().get().id()));
		for (GuardianId guardian : this.links.consent(caller.user(), caller.now())) {
			this.audit.actAs(Actor.guardian(guardian));
			this.consents.record(ConsentChange.given(guardian, Purpose.PROCESSING, ConsentSource.of(caller.messenger()),
					"the bot's consent button"), caller.now());
		}
		List<StudentCard> children = this.children.of(caller, caller.memberships().guardians())
			.stream()
			.map(OwnChildren.Child::card)
			.toList();
		return List.of(new Reply.Edit(
				this.texts.html(caller.locale(), "consent.given", Map.of("children", Words.children(children))),
				List.of()));
	}

}
