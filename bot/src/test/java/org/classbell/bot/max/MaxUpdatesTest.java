package org.classbell.bot.max;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.max.MaxApi;
import org.classbell.store.Messenger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bot reads of MAX's updates: texts and presses in a dialog, and a start by deep
 * link as {@code /start <code>}; nothing of group chats or of bots, itself included.
 */
class MaxUpdatesTest {

	static final MaxApi.User PARENT = new MaxApi.User(42, "Анна Петрова", null, false);

	static final MaxApi.User BOT = new MaxApi.User(7, "Школа", "gym5_bot", true);

	@Test
	void readsATextInADialogWithItsChat() {
		MaxUpdates.Chat chat = MaxUpdates.chat(message(PARENT, "dialog", "/report")).orElseThrow();

		assertThat(chat.incoming().messenger()).isEqualTo(Messenger.MAX);
		assertThat(chat.incoming().userId()).isEqualTo(42);
		assertThat(chat.incoming().chatId()).isEqualTo(1042);
		assertThat(chat.incoming().text()).isEqualTo("/report");
		assertThat(chat.incoming().languageCode()).isEqualTo("ru");
	}

	@Test
	void readsAStartByDeepLinkAsTheStartCommand() {
		MaxApi.Update started = new MaxApi.Update("bot_started", 1_700_000_000_000L, null, null, 1042L, PARENT,
				" K3QKMFCTWMY6 ", "ru");
		MaxApi.Update plain = new MaxApi.Update("bot_started", 1_700_000_000_001L, null, null, 1042L, PARENT, null,
				"ru");

		assertThat(MaxUpdates.chat(started).orElseThrow().incoming().text()).isEqualTo("/start K3QKMFCTWMY6");
		assertThat(MaxUpdates.chat(plain).orElseThrow().incoming().text()).isEqualTo("/start");
		assertThat(MaxUpdates.chat(started).orElseThrow().incoming().updateId())
			.isNotEqualTo(MaxUpdates.chat(plain).orElseThrow().incoming().updateId());
	}

	@Test
	void leavesGroupChatsAndBotsAlone() {
		assertThat(MaxUpdates.chat(message(PARENT, "chat", "/absent 5А Иванов"))).isEmpty();
		assertThat(MaxUpdates.chat(message(BOT, "dialog", "Здравствуйте!"))).isEmpty();
	}

	@Test
	void knowsAnUpdateByWhatItCarries() {
		assertThat(MaxUpdates.id("message:mid.1")).isEqualTo(MaxUpdates.id("message:mid.1"))
			.isNotEqualTo(MaxUpdates.id("message:mid.2"));
	}

	private static MaxApi.Update message(MaxApi.User sender, String chatType, String text) {
		MaxApi.Message message = new MaxApi.Message(sender, new MaxApi.Recipient(1042L, chatType, null), 1L,
				new MaxApi.Body("mid.1", text), null);
		return new MaxApi.Update("message_created", 1L, message, null, null, null, null, "ru");
	}

}
