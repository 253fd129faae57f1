package org.classbell.notifier;

/**
 * Whether a channel to people is on, and if not, what would turn it on; for the start-up
 * log.
 *
 * @param channel the channel's name, such as {@code Telegram}
 * @param on whether it sends
 * @param detail what it sends through when on, or what is missing when off
 */
public record ChannelStatus(String channel, boolean on, String detail) {

	public static ChannelStatus on(String channel, String detail) {
		return new ChannelStatus(channel, true, detail);
	}

	public static ChannelStatus off(String channel, String missing) {
		return new ChannelStatus(channel, false, missing);
	}

	/**
	 * One line for the log: {@code Telegram: on (bot @school_bot)} or
	 * {@code SMS: off (set ...)}.
	 */
	public String describe() {
		return this.channel + ": " + (this.on ? "on" : "off") + " (" + this.detail + ")";
	}

}
