package org.classbell.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the bot answers in the conversation an update came from, sent by the messenger's
 * adapter once the update's transaction has committed. Texts are in the catalogue's
 * markup (a small HTML subset: bold, italics, links); the adapter fits them to its
 * messenger.
 */
public sealed interface Reply {

	/**
	 * A new message, optionally with buttons.
	 */
	record Send(String html, List<List<Button>> buttons) implements Reply {

		public Send {
			buttons = List.copyOf(buttons);
		}

		public Send(String html) {
			this(html, List.of());
		}

	}

	/**
	 * The message whose button was pressed, rewritten, such as a roll call after a tap;
	 * sent as a new message when the update was no button press.
	 */
	record Edit(String html, List<List<Button>> buttons) implements Reply {

		public Edit {
			buttons = List.copyOf(buttons);
		}

		public Edit(String html) {
			this(html, List.of());
		}

	}

	/**
	 * A short notice shown for the button press, such as "this button is out of date".
	 * Every press is acknowledged, with or without one.
	 */
	record Answer(String notice) implements Reply {

	}

	/**
	 * A button under a message: its label and what pressing it sends back.
	 */
	record Button(String label, String data) {

		/**
		 * The most a button may carry: 64 bytes, as Telegram takes.
		 */
		public static final int MAX_DATA_BYTES = 64;

		public Button {
			if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
				throw new IllegalArgumentException("A button carries at most " + MAX_DATA_BYTES + " bytes: " + data);
			}
		}

	}

}
