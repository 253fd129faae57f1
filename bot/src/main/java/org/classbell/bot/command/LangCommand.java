package org.classbell.bot.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.Language;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatAccounts;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Guardians;

import org.springframework.stereotype.Component;

/**
 * {@code /lang ru|en}: the language of the bot's answers, and of a guardian's messages
 * (from every school they are linked in).
 */
@Component
class LangCommand implements Command, Buttons<Language> {

	private final ChatAccounts accounts;

	private final Guardians guardians;

	private final AuditTrail audit;

	private final Texts texts;

	LangCommand(ChatAccounts accounts, Guardians guardians, AuditTrail audit, Texts texts) {
		this.accounts = accounts;
		this.guardians = guardians;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("lang", "language");
	}

	@Override
	public Audience audience() {
		return Audience.ANYONE;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		Optional<Language> language = Language.parse(arguments);
		if (language.isEmpty()) {
			return List.of(this.texts.ask(caller, "lang.choose", java.util.Map.of(),
					List.of(List.of(new Reply.Button("Русский", encode(Language.RU)),
							new Reply.Button("English", encode(Language.EN))))));
		}
		return List.of(switchTo(caller, language.get()));
	}

	@Override
	public String prefix() {
		return "lang";
	}

	/**
	 * {@code lang:ru} or {@code lang:en}.
	 */
	private String encode(Language language) {
		return ButtonData.join(prefix(), language.code());
	}

	@Override
	public Optional<Language> decode(String data) {
		return Arrays.stream(Language.values()).filter((language) -> language.code().equals(data)).findFirst();
	}

	@Override
	public List<Reply> press(Caller caller, Language language) {
		return List.of(switchTo(caller, language));
	}

	private Reply switchTo(Caller caller, Language language) {
		this.accounts.language(caller.user(), language);
		for (Guardian guardian : caller.memberships().guardians()) {
			this.audit.actAs(Actor.guardian(guardian.id()));
			this.guardians.language(guardian.id(), language, caller.now());
		}
		return new Reply.Send(this.texts.html(language.locale(), "lang.set"), List.of());
	}

}
