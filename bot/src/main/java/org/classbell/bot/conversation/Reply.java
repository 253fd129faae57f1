package org.classbell.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
	 * A file sent to the chat, such as a guardian's own data, with a short caption in the
	 * catalogue's markup. Its content is never shown by {@link #toString()}, so that it
	 * cannot reach a log.
	 */
	record Document(String fileName, byte[] content, String caption) implements Reply {

		public Document {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return this.content.clone();
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof Document document) && this.fileName.equals(document.fileName)
					&& Arrays.equals(this.content, document.content) && this.caption.equals(document.caption);
		}

		@Override
		public int hashCode() {
			return 31 * (31 * this.fileName.hashCode() + Arrays.hashCode(this.content)) + this.caption.hashCode();
		}

		@Override
		public String toString() {
			return "Document[fileName=" + this.fileName + ", " + this.content.length + " bytes]";
		}

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
