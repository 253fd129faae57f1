package org.classbell.bot.command;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.classbell.store.Language;
import org.classbell.store.roster.PreferredChannel;
import org.classbell.store.roster.ReportFrequency;

/**
 * What a {@code /settings} button changes, and its codec: {@code ch:telegram},
 * {@code ch:sms}, {@code rf:<frequency>}, {@code qh:<quiet hours>}, {@code dg:none},
 * {@code dg:<time>}, {@code lang:<language>} after the prefix. Only the choices the
 * buttons offer decode.
 */
sealed interface SettingChange {

	/** The digest times offered. */
	List<LocalTime> DIGEST_TIMES = List.of(LocalTime.of(17, 0), LocalTime.of(20, 0));

	/**
	 * What the button carries after the prefix and colon.
	 */
	String encode();

	static Optional<SettingChange> decode(String data) {
		return ButtonData.split(data, 2).flatMap((parts) -> {
			String value = parts.get(1);
			return switch (parts.get(0)) {
				case "ch" -> Arrays.stream(PreferredChannel.values())
					.filter((channel) -> value.equals(channel.code()))
					.findFirst()
					.map(Channel::new);
				case "rf" -> Arrays.stream(ReportFrequency.values())
					.filter((frequency) -> frequency.code().equals(value))
					.findFirst()
					.map(Frequency::new);
				case "qh" -> Arrays.stream(Quiet.values()).filter((quiet) -> quiet.code.equals(value)).findFirst();
				case "dg" -> "none".equals(value) ? Optional.of(new Digest(null))
						: DIGEST_TIMES.stream()
							.filter((time) -> time.toString().equals(value))
							.findFirst()
							.map(Digest::new);
				case "lang" -> Arrays.stream(Language.values())
					.filter((language) -> language.code().equals(value))
					.findFirst()
					.map(Lang::new);
				default -> Optional.empty();
			};
		});
	}

	/**
	 * By one of the messengers, or by SMS.
	 */
	record Channel(PreferredChannel channel) implements SettingChange {

		public Channel {
			if (channel == PreferredChannel.MESSENGER) {
				throw new IllegalArgumentException("A button chooses a messenger or SMS");
			}
		}

		@Override
		public String encode() {
			return "ch:" + this.channel.code();
		}

	}

	/**
	 * How often the progress report comes.
	 */
	record Frequency(ReportFrequency frequency) implements SettingChange {

		@Override
		public String encode() {
			return "rf:" + this.frequency.code();
		}

	}

	/**
	 * An end-of-day digest at a time, or alerts as things happen ({@code null}).
	 */
	record Digest(LocalTime at) implements SettingChange {

		@Override
		public String encode() {
			return "dg:" + ((this.at != null) ? this.at : "none");
		}

	}

	/**
	 * The language of the guardian's messages.
	 */
	record Lang(Language language) implements SettingChange {

		@Override
		public String encode() {
			return "lang:" + this.language.code();
		}

	}

	/**
	 * The quiet hours offered: the school's, or the guardian's own.
	 */
	enum Quiet implements SettingChange {

		/** The school's quiet hours. */
		SCHOOL("school", null, null),
		/** 20:00 to 07:00. */
		FROM_20("20-07", LocalTime.of(20, 0), LocalTime.of(7, 0)),
		/** 22:00 to 07:00. */
		FROM_22("22-07", LocalTime.of(22, 0), LocalTime.of(7, 0));

		private final String code;

		private final LocalTime from;

		private final LocalTime to;

		Quiet(String code, LocalTime from, LocalTime to) {
			this.code = code;
			this.from = from;
			this.to = to;
		}

		String code() {
			return this.code;
		}

		LocalTime from() {
			return this.from;
		}

		LocalTime to() {
			return this.to;
		}

		@Override
		public String encode() {
			return "qh:" + this.code;
		}

	}

}
