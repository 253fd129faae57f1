package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;

import org.classbell.bot.update.Reply;
import org.classbell.store.Actor;
import org.classbell.store.Language;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.Guardians;
import org.classbell.store.telegram.TelegramAccounts;

import org.springframework.stereotype.Component;

/**
 * {@code /lang ru|en}: the language of the bot's answers, and of a guardian's messages.
 */
@Component
class LangCommand implements Command, Buttons {

	private final TelegramAccounts accounts;

	private final Guardians guardians;

	private final AuditTrail audit;

	private final Texts texts;

	LangCommand(TelegramAccounts accounts, Guardians guardians, AuditTrail audit, Texts texts) {
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
					List.of(List.of(new Reply.Button("Русский", "lang:ru"), new Reply.Button("English", "lang:en")))));
		}
		return List.of(switchTo(caller, language.get()));
	}

	@Override
	public String prefix() {
		return "lang";
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		return Language.parse(data).map((language) -> List.<Reply>of(switchTo(caller, language))).orElse(List.of());
	}

	private Reply switchTo(Caller caller, Language language) {
		this.accounts.language(caller.userId(), language);
		caller.guardian().ifPresent((guardian) -> {
			this.audit.actAs(Actor.guardian(guardian.id()));
			this.guardians.language(guardian.id(), language, caller.now());
		});
		return new Reply.Send(caller.chatId(), this.texts.html(language.locale(), "lang.set"), List.of());
	}

}
