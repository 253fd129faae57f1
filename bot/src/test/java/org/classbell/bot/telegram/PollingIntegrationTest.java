package org.classbell.bot.telegram;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.classbell.bot.BotIntegrationTest;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.store.cluster.Leadership;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several nodes on one database: only the one holding the lock polls, and another takes
 * over when it stops.
 */
class PollingIntegrationTest extends BotIntegrationTest {

	@Autowired
	TelegramPolling polling;

	@Autowired
	TelegramProperties properties;

	@Autowired
	Leadership leadership;

	@Autowired
	TelegramUpdates updates;

	@Test
	void pollsOnOneNodeOnlyAndHandsOverWhenItStops() {
		await().atMost(WAIT).until(this.polling::isPolling);
		TelegramPolling other = new TelegramPolling(this.properties, this.leadership, this.updates);
		other.start();
		try {
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !other.isPolling());

			this.polling.stop();
			await().atMost(Duration.ofSeconds(15)).until(other::isPolling);
			assertThat(this.polling.isPolling()).isFalse();

			assertThat(ask(STRANGER, "/help").text()).startsWith("Это бот электронного журнала школы.");
		}
		finally {
			other.stop();
			this.polling.start();
		}
		await().atMost(Duration.ofSeconds(15)).until(this.polling::isPolling);
	}

	@Test
	void answersAFailingUpdatePolitelyAndGoesOnWithTheNext() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		this.jdbc.sql("alter table behaviour_note rename to behaviour_note_away").update();
		try {
			assertThat(ask(SOKOLOVA, "/praise Алексеев молодец").text()).isEqualTo(
					"Что-то пошло не так, и ваша команда не выполнена. Попробуйте ещё раз; если не получится — сообщите администратору школы.");
		}
		finally {
			this.jdbc.sql("alter table behaviour_note_away rename to behaviour_note").update();
		}
		assertThat(count("select count(*) from notification")).as("nothing of the failed update stays").isZero();

		assertThat(ask(SOKOLOVA, "/praise Алексеев молодец").text())
			.isEqualTo("Похвала записана, родители Алексеев Борис (5А) получат сообщение.");
	}

}
