package org.classbell.notifier.relay;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;

/**
 * The codec of the buttons under a parent's message to a class teacher:
 * {@code rr:<guardian>:<student>} (reply to the parent), {@code rr:cancel} (do not reply
 * after all), {@code rm:<guardian>:<student>:on|off} (mute or unmute the conversation).
 * The bot's handlers read them back and check who presses.
 */
public final class RelayButtons {

	/** The prefix of «Ответить». */
	public static final String REPLY = "rr";

	/** The prefix of muting and unmuting. */
	public static final String MUTE = "rm";

	private static final String CANCEL = "cancel";

	private static final String ID = "([1-9][0-9]{0,17})";

	private static final Pattern PAIR = Pattern.compile(ID + ":" + ID);

	private static final Pattern MUTING = Pattern.compile(ID + ":" + ID + ":(on|off)");

	private RelayButtons() {
	}

	/**
	 * {@code rr:<guardian>:<student>}.
	 */
	public static String reply(GuardianId guardian, StudentId student) {
		return REPLY + ":" + guardian.value() + ":" + student.value();
	}

	/**
	 * {@code rr:cancel}.
	 */
	public static String cancelReply() {
		return REPLY + ":" + CANCEL;
	}

	/**
	 * {@code rm:<guardian>:<student>:on} to mute, {@code ...:off} to unmute.
	 */
	public static String mute(GuardianId guardian, StudentId student, boolean muted) {
		return MUTE + ":" + guardian.value() + ":" + student.value() + ":" + (muted ? "on" : "off");
	}

	/**
	 * What the data after {@code rr:} says: a guardian and child to reply to, or empty
	 * parts for cancel; empty when malformed.
	 */
	public static Optional<Reply> decodeReply(String data) {
		if (CANCEL.equals(data)) {
			return Optional.of(new Reply(null, null));
		}
		Matcher matcher = PAIR.matcher(data);
		return matcher.matches() ? Optional.of(new Reply(new GuardianId(Long.parseLong(matcher.group(1))),
				new StudentId(Long.parseLong(matcher.group(2))))) : Optional.empty();
	}

	/**
	 * What the data after {@code rm:} says; empty when malformed.
	 */
	public static Optional<Mute> decodeMute(String data) {
		Matcher matcher = MUTING.matcher(data);
		return matcher.matches()
				? Optional.of(new Mute(new GuardianId(Long.parseLong(matcher.group(1))),
						new StudentId(Long.parseLong(matcher.group(2))), "on".equals(matcher.group(3))))
				: Optional.empty();
	}

	/**
	 * A press of «Ответить»: whom to reply to, or {@code null}s to cancel.
	 */
	public record Reply(GuardianId guardian, StudentId student) {

		public boolean cancel() {
			return this.guardian == null;
		}

	}

	/**
	 * A press of a mute or unmute button.
	 */
	public record Mute(GuardianId guardian, StudentId student, boolean muted) {

	}

}
