package org.classbell.store.roster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.classbell.store.Messenger;

/**
 * How a guardian chose to be reached: by the messenger they linked last (the default), by
 * one messenger of the two they linked, or by SMS even when they linked one.
 */
public enum PreferredChannel {

	/** The messenger linked last, where there is one; SMS otherwise. */
	MESSENGER(null),
	/** Telegram where it is linked, else as {@link #MESSENGER}. */
	TELEGRAM(Messenger.TELEGRAM),
	/** MAX where it is linked, else as {@link #MESSENGER}. */
	MAX(Messenger.MAX),
	/** SMS, where the guardian has a phone and consent. */
	SMS(null);

	private final Messenger messenger;

	PreferredChannel(Messenger messenger) {
		this.messenger = messenger;
	}

	/**
	 * The messenger chosen, if one was.
	 */
	public Optional<Messenger> messenger() {
		return Optional.ofNullable(this.messenger);
	}

	/**
	 * The choice as {@code guardian.preferred_channel} keeps it: {@code telegram},
	 * {@code max}, {@code sms}, or nothing for the default.
	 */
	public String code() {
		return (this == MESSENGER) ? null : name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The choice a {@code guardian.preferred_channel} value says; nothing (or what is not
	 * a choice) is the default.
	 */
	public static PreferredChannel of(String code) {
		if (code == null) {
			return MESSENGER;
		}
		return switch (code.toLowerCase(Locale.ROOT)) {
			case "telegram" -> TELEGRAM;
			case "max" -> MAX;
			case "sms" -> SMS;
			default -> MESSENGER;
		};
	}

	/**
	 * The choice of this messenger.
	 */
	public static PreferredChannel of(Messenger messenger) {
		return (messenger == Messenger.MAX) ? MAX : TELEGRAM;
	}

	/**
	 * The messenger to reach the guardian in among those they linked, the one linked last
	 * first: the one they chose, else the one linked last.
	 */
	public Optional<Messenger> choose(List<Messenger> linked) {
		if (this.messenger != null && linked.contains(this.messenger)) {
			return Optional.of(this.messenger);
		}
		return linked.stream().findFirst();
	}

}
