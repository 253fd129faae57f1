package org.classbell.bot.max;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.bot.conversation.Reply;
import org.classbell.bot.conversation.ReplySender;
import org.classbell.notifier.max.ConditionalOnMax;
import org.classbell.notifier.max.MaxApi;
import org.classbell.notifier.max.MaxApiException;
import org.classbell.templates.ChatText;
import org.classbell.templates.Quote;

import org.springframework.stereotype.Component;

/**
 * Sends the bot's replies to a MAX dialog in MAX's HTML, which takes the catalogue's
 * markup as it is: a new message (split at line ends past MAX's 4,000 characters, the
 * buttons on the last part), an edit of the message whose button was pressed, a file
 * (uploaded first, its caption as the message's text), and the answer every button press
 * gets (with the reply's notice, if any). A reply that cannot be sent is logged; it never
 * fails the update it answers, which has committed already.
 */
@Component
@ConditionalOnMax
class MaxSender extends ReplySender<MaxUpdates.Chat> {

	private static final Logger log = LoggerFactory.getLogger(MaxSender.class);

	/** The most characters of the notice that answers a button. */
	private static final int NOTICE = 200;

	private final MaxApi api;

	MaxSender(MaxApi api) {
		this.api = api;
	}

	@Override
	protected void edit(MaxUpdates.Chat chat, String html, List<List<Reply.Button>> buttons) {
		if (chat.messageId() == null) {
			message(chat, html, buttons);
			return;
		}
		call(() -> this.api.edit(chat.messageId(),
				new MaxApi.NewMessage(ChatText.shorten(html, ChatText.MAX_LIMIT), keyboard(buttons), null)), "edit");
	}

	/**
	 * Uploads the file, then sends it with its caption as the message's text.
	 */
	@Override
	protected void document(MaxUpdates.Chat chat, Reply.Document document) {
		call(() -> {
			String file = this.api.upload(document.fileName(), document.content());
			this.api.send(chat.chatId(),
					new MaxApi.NewMessage(ChatText.shorten(document.caption(), ChatText.MAX_LIMIT), List.of(), file));
		}, "document");
	}

	@Override
	protected boolean isPress(MaxUpdates.Chat chat) {
		return chat.callbackId() != null;
	}

	@Override
	protected void answer(MaxUpdates.Chat chat, String notice) {
		call(() -> this.api.answer(chat.callbackId(), Quote.cut(notice, NOTICE)), "answer");
	}

	/**
	 * Sends the text, as several messages when it is longer than one takes; the buttons
	 * go with the last, and a part that fails stops the rest.
	 */
	@Override
	protected void message(MaxUpdates.Chat chat, String html, List<List<Reply.Button>> buttons) {
		List<String> parts = ChatText.split(html, ChatText.MAX_LIMIT);
		for (int i = 0; i < parts.size(); i++) {
			MaxApi.NewMessage message = new MaxApi.NewMessage(parts.get(i),
					(i == parts.size() - 1) ? keyboard(buttons) : List.of(), null);
			if (!call(() -> this.api.send(chat.chatId(), message), "message")) {
				break;
			}
		}
	}

	private static boolean call(Call call, String what) {
		try {
			call.run();
			return true;
		}
		catch (MaxApiException ex) {
			log.warn("Could not send a {} to the MAX Bot API: {}", what, ex.getMessage());
			return false;
		}
	}

	private static List<List<MaxApi.Button>> keyboard(List<List<Reply.Button>> buttons) {
		return buttons.stream()
			.map((row) -> row.stream().map((button) -> new MaxApi.Button(button.label(), button.data())).toList())
			.toList();
	}

	/**
	 * One call of the MAX Bot API.
	 */
	@FunctionalInterface
	private interface Call {

		void run() throws MaxApiException;

	}

}
