package org.classbell.bot.max;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Incoming;
import org.classbell.bot.conversation.Reply;
import org.classbell.bot.update.UpdateHandler;
import org.classbell.notifier.max.ConditionalOnMax;
import org.classbell.notifier.max.MaxApi;
import org.classbell.store.Messenger;

import org.springframework.stereotype.Component;

/**
 * MAX's side of a conversation: an update from the MAX Bot API becomes what the bot's
 * commands read, and their replies go back as MAX calls in the dialog. A deep link
 * ({@code https://max.ru/<bot>?start=<code>}) arrives as {@code bot_started} with the
 * code, and is read as {@code /start <code>}.
 * <p>
 * MAX gives its updates no id of their own, so each is known by the id of what it
 * carries: the message's id, the button press's callback id, or the dialog, person and
 * time of a start. Those are strings; the first 64 bits of their SHA-256 are the number
 * an update is handled once by.
 */
@Component
@ConditionalOnMax
public class MaxUpdates {

	/** The updates the bot asks MAX for. */
	static final List<String> TYPES = List.of("message_created", "message_callback", "bot_started");

	private final UpdateHandler handler;

	private final MaxSender sender;

	MaxUpdates(UpdateHandler handler, MaxSender sender) {
		this.handler = handler;
		this.sender = sender;
	}

	/**
	 * Handles a batch of updates as long polling brings them, those of one dialog in
	 * order.
	 */
	public void handle(List<MaxApi.Update> updates) {
		this.handler.handleAll(updates, (update) -> chat(update).map(Chat::chatId).orElse(0L), this::handle);
	}

	/**
	 * Handles one update, and sends its replies once it committed.
	 */
	public void handle(MaxApi.Update update) {
		Optional<Chat> chat = chat(update);
		if (chat.isEmpty()) {
			this.handler.skip(Messenger.MAX, id("other:" + update.type() + ":" + update.timestamp()));
			return;
		}
		List<Reply> replies = this.handler.handle(chat.get().incoming());
		this.sender.send(chat.get(), replies);
	}

	/**
	 * What a MAX update says, if it is a text, a button press or a start in a dialog.
	 */
	static Optional<Chat> chat(MaxApi.Update update) {
		String locale = update.userLocale();
		switch (update.type()) {
			case "message_created" -> {
				MaxApi.Message message = update.message();
				if (message == null || message.sender() == null || message.sender().isBot() || message.body() == null
						|| message.body().text() == null || message.recipient() == null
						|| !"dialog".equals(message.recipient().chatType()) || message.recipient().chatId() == null) {
					return Optional.empty();
				}
				return Optional.of(new Chat(
						Incoming.reply(Messenger.MAX, id("message:" + message.body().mid()), message.sender().userId(),
								message.recipient().chatId(), message.body().text(), locale, message.replyTo()),
						null, null));
			}
			case "message_callback" -> {
				MaxApi.Callback callback = update.callback();
				MaxApi.Message message = update.message();
				if (callback == null || callback.user() == null || callback.payload() == null || message == null
						|| message.recipient() == null || message.recipient().chatId() == null
						|| !"dialog".equals(message.recipient().chatType())) {
					return Optional.empty();
				}
				return Optional.of(new Chat(
						Incoming.button(Messenger.MAX, id("callback:" + callback.callbackId()),
								callback.user().userId(), message.recipient().chatId(), callback.payload(), locale),
						callback.callbackId(), (message.body() != null) ? message.body().mid() : null));
			}
			case "bot_started" -> {
				if (update.chatId() == null || update.user() == null) {
					return Optional.empty();
				}
				String payload = (update.payload() != null) ? update.payload().strip() : "";
				String text = payload.isEmpty() ? "/start" : "/start " + payload;
				return Optional.of(new Chat(
						Incoming.text(Messenger.MAX,
								id("started:" + update.chatId() + ":" + update.user().userId() + ":"
										+ update.timestamp()),
								update.user().userId(), update.chatId(), text, locale),
						null, null));
			}
			default -> {
				return Optional.empty();
			}
		}
	}

	/**
	 * The number an update is handled once by: the first 64 bits of the SHA-256 of what
	 * names it.
	 */
	static long id(String name) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			long id = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				id = (id << 8) | (hash[i] & 0xff);
			}
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An update of a dialog, with what MAX needs to answer it.
	 *
	 * @param incoming what the person did
	 * @param callbackId the button press to answer, or {@code null}
	 * @param messageId the message whose button was pressed, or {@code null}
	 */
	record Chat(Incoming incoming, String callbackId, String messageId) {

		long chatId() {
			return this.incoming.chatId();
		}

	}

}
