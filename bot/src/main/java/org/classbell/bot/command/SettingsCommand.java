package org.classbell.bot.command;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.classbell.bot.update.Reply;
import org.classbell.store.Actor;
import org.classbell.store.Language;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.GuardianSettings;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.ReportFrequency;
import org.classbell.store.telegram.TelegramAccounts;

import org.springframework.stereotype.Component;

/**
 * {@code /settings}: a guardian's channel, report frequency, quiet hours and language,
 * each a row of buttons; a tap changes it and shows the settings anew.
 */
@Component
class SettingsCommand implements Command, Buttons {

	private static final List<String> QUIET = List.of("school", "20-07", "22-07");

	private static final List<LocalTime> DIGEST = List.of(LocalTime.of(17, 0), LocalTime.of(20, 0));

	private final Guardians guardians;

	private final TelegramAccounts accounts;

	private final AuditTrail audit;

	private final Texts texts;

	SettingsCommand(Guardians guardians, TelegramAccounts accounts, AuditTrail audit, Texts texts) {
		this.guardians = guardians;
		this.accounts = accounts;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("settings");
	}

	@Override
	public Audience audience() {
		return Audience.GUARDIAN;
	}

	@Override
	public String prefix() {
		return "set";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		GuardianSettings settings = this.guardians.settings(caller.guardian().orElseThrow().id());
		return List.of(new Reply.Send(caller.chatId(), describe(caller, settings), buttons(caller, settings)));
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		if (caller.guardian().isEmpty() || !caller.guardianConsented()) {
			return List.of(this.texts.expired(caller));
		}
		Guardian guardian = caller.guardian().get();
		this.audit.actAs(Actor.guardian(guardian.id()));
		String[] parts = data.split(":", 2);
		var locale = caller.locale();
		switch (parts[0]) {
			case "ch" ->
				this.guardians.preferredChannel(guardian.id(), "sms".equals(parts[1]) ? "sms" : null, caller.now());
			case "rf" -> this.guardians.reportFrequency(guardian.id(), ReportFrequency.of(parts[1]), caller.now());
			case "qh" -> {
				if ("school".equals(parts[1])) {
					this.guardians.quietHours(guardian.id(), null, null, caller.now());
				}
				else {
					String[] hours = parts[1].split("-");
					this.guardians.quietHours(guardian.id(), LocalTime.of(Integer.parseInt(hours[0]), 0),
							LocalTime.of(Integer.parseInt(hours[1]), 0), caller.now());
				}
			}
			case "dg" -> {
				LocalTime at = DIGEST.stream()
					.filter((time) -> time.toString().equals(parts[1]))
					.findFirst()
					.orElse(null);
				if (at == null && !"none".equals(parts[1])) {
					return List.of(this.texts.expired(caller));
				}
				this.guardians.digest(guardian.id(), at, caller.now());
			}
			case "lang" -> {
				Language language = Language.parse(parts[1]).orElse(Language.RU);
				this.guardians.language(guardian.id(), language, caller.now());
				this.accounts.language(caller.userId(), language);
				locale = language.locale();
			}
			default -> {
				return List.of(this.texts.expired(caller));
			}
		}
		Caller changed = new Caller(caller.incoming(), caller.account(), locale, caller.staff(), caller.guardian(),
				caller.school(), caller.now());
		GuardianSettings settings = this.guardians.settings(guardian.id());
		return List.of(new Reply.Edit(caller.chatId(), caller.incoming().messageId(), describe(changed, settings),
				buttons(changed, settings)));
	}

	private String describe(Caller caller, GuardianSettings settings) {
		var school = caller.school().orElseThrow();
		LocalTime from = (settings.quietFrom() != null) ? settings.quietFrom() : school.quietFrom();
		LocalTime to = (settings.quietTo() != null) ? settings.quietTo() : school.quietTo();
		return this.texts.html(caller.locale(), "settings.current",
				Map.of("channel", ("sms".equals(settings.preferredChannel()) && settings.sms()) ? "sms" : "telegram",
						"frequency", settings.reportFrequency().code(), "from", from.toString(), "to", to.toString(),
						"language", settings.language().code(), "digest",
						(settings.digestAt() != null) ? settings.digestAt().toString() : "none"));
	}

	private List<List<Reply.Button>> buttons(Caller caller, GuardianSettings settings) {
		List<List<Reply.Button>> rows = new ArrayList<>();
		if (settings.sms()) {
			rows.add(List.of(
					button(caller, "settings.channel.telegram", !"sms".equals(settings.preferredChannel()),
							"set:ch:telegram"),
					button(caller, "settings.channel.sms", "sms".equals(settings.preferredChannel()), "set:ch:sms")));
		}
		List<Reply.Button> frequencies = new ArrayList<>();
		for (ReportFrequency frequency : ReportFrequency.values()) {
			frequencies.add(button(caller, "settings.frequency." + frequency.code(),
					settings.reportFrequency() == frequency, "set:rf:" + frequency.code()));
		}
		rows.add(frequencies);
		List<Reply.Button> quiet = new ArrayList<>();
		for (String hours : QUIET) {
			boolean chosen = "school".equals(hours) ? settings.quietFrom() == null
					: settings.quietFrom() != null && hours.equals(
							String.format("%02d-%02d", settings.quietFrom().getHour(), settings.quietTo().getHour()));
			quiet.add(button(caller, "settings.quiet." + hours, chosen, "set:qh:" + hours));
		}
		rows.add(quiet);
		List<Reply.Button> digest = new ArrayList<>();
		digest.add(button(caller, "settings.digest.none", settings.digestAt() == null, "set:dg:none"));
		for (LocalTime at : DIGEST) {
			digest.add(new Reply.Button(
					(at.equals(settings.digestAt()) ? "✓ " : "")
							+ this.texts.label(caller.locale(), "settings.digest.at", Map.of("time", at.toString())),
					"set:dg:" + at));
		}
		rows.add(digest);
		rows.add(List.of(button(caller, "settings.language.ru", settings.language() == Language.RU, "set:lang:ru"),
				button(caller, "settings.language.en", settings.language() == Language.EN, "set:lang:en")));
		return rows;
	}

	private Reply.Button button(Caller caller, String key, boolean chosen, String data) {
		String label = this.texts.label(caller.locale(), key);
		return new Reply.Button(chosen ? "✓ " + label : label, data);
	}

}
