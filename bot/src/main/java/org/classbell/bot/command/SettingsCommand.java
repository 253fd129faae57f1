package org.classbell.bot.command;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.Messenger;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatAccounts;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.GuardianSettings;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.PreferredChannel;
import org.classbell.store.roster.ReportFrequency;

import org.springframework.stereotype.Component;

/**
 * {@code /settings}: a guardian's channel, report frequency, quiet hours and language,
 * each a row of buttons; a tap changes it and shows the settings anew. A parent linked in
 * several schools has them alike in each: a tap changes each school's guardian record.
 */
@Component
class SettingsCommand implements Command, Buttons<SettingChange> {

	private final Guardians guardians;

	private final ChatAccounts accounts;

	private final ChatLinks links;

	private final AuditTrail audit;

	private final Texts texts;

	SettingsCommand(Guardians guardians, ChatAccounts accounts, ChatLinks links, AuditTrail audit, Texts texts) {
		this.guardians = guardians;
		this.accounts = accounts;
		this.links = links;
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
		Shown shown = shown(caller.guardian().orElseThrow().id());
		return List.of(new Reply.Send(describe(caller, shown), buttons(caller, shown)));
	}

	@Override
	public Optional<SettingChange> decode(String data) {
		return SettingChange.decode(data);
	}

	@Override
	public List<Reply> press(Caller caller, SettingChange change) {
		if (caller.guardian().isEmpty() || !caller.guardianConsented()) {
			return List.of(this.texts.expired(caller));
		}
		Guardian guardian = caller.guardian().get();
		List<Guardian> all = caller.memberships().consentedGuardians();
		List<Guardian> changing = (all.size() > 1) ? all : List.of(guardian);
		Locale locale = caller.locale();
		if (change instanceof SettingChange.Channel channel) {
			// only what the buttons offer: a linked messenger, or SMS where it may go
			changing = changing.stream()
				.filter((each) -> channel.channel()
					.messenger()
					.map((messenger) -> this.links.messengers(each.id()).contains(messenger))
					.orElseGet(() -> this.guardians.settings(each.id()).sms()))
				.toList();
			if (changing.isEmpty()) {
				return List.of(this.texts.expired(caller));
			}
		}
		for (Guardian each : changing) {
			this.audit.actAs(Actor.guardian(each.id()));
			locale = change(caller, each.id(), change);
		}
		Caller changed = caller.inLanguage(locale);
		Shown shown = shown(guardian.id());
		return List.of(new Reply.Edit(describe(changed, shown), buttons(changed, shown)));
	}

	/**
	 * Makes the change to one guardian record.
	 * @return the language to answer in now
	 */
	private Locale change(Caller caller, GuardianId guardian, SettingChange change) {
		if (change instanceof SettingChange.Channel channel) {
			this.guardians.preferredChannel(guardian, channel.channel(), caller.now());
		}
		else if (change instanceof SettingChange.Frequency frequency) {
			this.guardians.reportFrequency(guardian, frequency.frequency(), caller.now());
		}
		else if (change instanceof SettingChange.Quiet quiet) {
			this.guardians.quietHours(guardian, quiet.from(), quiet.to(), caller.now());
		}
		else if (change instanceof SettingChange.Digest digest) {
			this.guardians.digest(guardian, digest.at(), caller.now());
		}
		else if (change instanceof SettingChange.Lang lang) {
			this.guardians.language(guardian, lang.language(), caller.now());
			this.accounts.language(caller.user(), lang.language());
			return lang.language().locale();
		}
		return caller.locale();
	}

	/**
	 * The guardian's settings with the messengers they linked and how they are reached
	 * now, read once for the text and the buttons: SMS if they chose it and may have it,
	 * else the messenger they chose if linked, else the one linked last.
	 */
	private Shown shown(GuardianId guardian) {
		GuardianSettings settings = this.guardians.settings(guardian);
		List<Messenger> linked = this.links.messengers(guardian);
		PreferredChannel channel = settings.bySms() ? PreferredChannel.SMS
				: settings.preferredChannel()
					.choose(linked)
					.map(PreferredChannel::of)
					.orElse(PreferredChannel.TELEGRAM);
		return new Shown(settings, linked, channel);
	}

	private String describe(Caller caller, Shown shown) {
		GuardianSettings settings = shown.settings();
		var school = caller.guardian()
			.flatMap((guardian) -> caller.memberships().school(guardian.school()))
			.orElseThrow();
		LocalTime from = (settings.quietFrom() != null) ? settings.quietFrom() : school.quietFrom();
		LocalTime to = (settings.quietTo() != null) ? settings.quietTo() : school.quietTo();
		return this.texts.html(caller.locale(), "settings.current",
				Map.of("channel", shown.channel().code(), "frequency", settings.reportFrequency().code(), "from",
						from.toString(), "to", to.toString(), "language", settings.language().code(), "digest",
						(settings.digestAt() != null) ? settings.digestAt().toString() : "none"));
	}

	private List<List<Reply.Button>> buttons(Caller caller, Shown shown) {
		GuardianSettings settings = shown.settings();
		List<List<Reply.Button>> rows = new ArrayList<>();
		PreferredChannel current = shown.channel();
		List<Reply.Button> channels = new ArrayList<>();
		for (Messenger messenger : Messenger.values()) {
			if (shown.linked().contains(messenger)) {
				PreferredChannel choice = PreferredChannel.of(messenger);
				channels.add(button(caller, "settings.channel." + choice.code(), current == choice,
						new SettingChange.Channel(choice)));
			}
		}
		if (settings.sms()) {
			channels.add(button(caller, "settings.channel.sms", current == PreferredChannel.SMS,
					new SettingChange.Channel(PreferredChannel.SMS)));
		}
		if (channels.size() > 1) {
			rows.add(channels);
		}
		List<Reply.Button> frequencies = new ArrayList<>();
		for (ReportFrequency frequency : ReportFrequency.values()) {
			frequencies.add(button(caller, "settings.frequency." + frequency.code(),
					settings.reportFrequency() == frequency, new SettingChange.Frequency(frequency)));
		}
		rows.add(frequencies);
		List<Reply.Button> quiet = new ArrayList<>();
		for (SettingChange.Quiet hours : SettingChange.Quiet.values()) {
			boolean chosen = Objects.equals(hours.from(), settings.quietFrom())
					&& Objects.equals(hours.to(), settings.quietTo());
			quiet.add(button(caller, "settings.quiet." + hours.code(), chosen, hours));
		}
		rows.add(quiet);
		List<Reply.Button> digest = new ArrayList<>();
		digest.add(button(caller, "settings.digest.none", settings.digestAt() == null, new SettingChange.Digest(null)));
		for (LocalTime at : SettingChange.DIGEST_TIMES) {
			digest.add(new Reply.Button(
					(at.equals(settings.digestAt()) ? "✓ " : "")
							+ this.texts.label(caller.locale(), "settings.digest.at", Map.of("time", at.toString())),
					encode(new SettingChange.Digest(at))));
		}
		rows.add(digest);
		List<Reply.Button> languages = new ArrayList<>();
		for (Language language : Language.values()) {
			languages.add(button(caller, "settings.language." + language.code(), settings.language() == language,
					new SettingChange.Lang(language)));
		}
		rows.add(languages);
		return rows;
	}

	private Reply.Button button(Caller caller, String key, boolean chosen, SettingChange change) {
		String label = this.texts.label(caller.locale(), key);
		return new Reply.Button(chosen ? "✓ " + label : label, encode(change));
	}

	private String encode(SettingChange change) {
		return ButtonData.join(prefix(), change.encode());
	}

	/**
	 * What {@code /settings} shows.
	 */
	private record Shown(GuardianSettings settings, List<Messenger> linked, PreferredChannel channel) {

	}

}
