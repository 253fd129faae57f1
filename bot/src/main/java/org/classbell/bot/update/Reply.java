package org.classbell.bot.update;

import java.util.List;

/**
 * What the bot answers, sent once the update's transaction has committed.
 */
public sealed interface Reply {

	/**
	 * A new message, in Telegram's HTML mode, optionally with buttons.
	 */
	record Send(long chatId, String html, List<List<Button>> buttons) implements Reply {

		public Send {
			buttons = List.copyOf(buttons);
		}

	}

	/**
	 * A message of the bot rewritten, such as a roll call after a tap.
	 */
	record Edit(long chatId, int messageId, String html, List<List<Button>> buttons) implements Reply {

		public Edit {
			buttons = List.copyOf(buttons);
		}

	}

	/**
	 * The answer to a button press, so that Telegram stops showing it as pending;
	 * optionally a short notice.
	 */
	record Answer(String callbackId, String notice) implements Reply {

	}

	/**
	 * A button under a message: its label and what pressing it sends back.
	 */
	record Button(String label, String data) {

		public Button {
			if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
				throw new IllegalArgumentException("Telegram takes at most 64 bytes of button data: " + data);
			}
		}

	}

}
