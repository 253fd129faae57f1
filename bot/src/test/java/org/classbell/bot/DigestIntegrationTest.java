package org.classbell.bot;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.reports.Digests;
import org.classbell.store.testing.JournalRows;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A parent who chooses a digest in the bot's settings is told the day's news of their
 * child at that time, in one message, instead of alert by alert.
 */
class DigestIntegrationTest extends BotIntegrationTest {

	@Autowired
	Digests digests;

	@BeforeEach
	void prepareJournal() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		new JournalRows(this.jdbc).weekOf23November();
	}

	@Test
	void sendsADigestAtTheChosenTimeInsteadOfAlerts() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		var settings = ask(IVANOVA, "/settings");
		press(IVANOVA, settings.messageId(), "set:dg:17:00");
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).contains("Пропуски, оценки, замечания: сводкой за день в 17:00");

		ask(SOKOLOVA, "/absent 5А @5 Иванов П.С. Алексеев");

		assertThat(count("select count(*) from notification where kind like 'attendance%' and guardian_id = "
				+ "(select id from guardian where full_name = 'Иванова Мария')"))
			.isZero();
		assertThat(count("select count(*) from notification where kind like 'attendance%'")).isEqualTo(1);

		this.clock.set(Instant.parse("2026-11-25T13:59:00Z"));
		assertThat(this.digests.round()).isZero();
		this.clock.set(Instant.parse("2026-11-25T14:00:00Z"));
		assertThat(this.digests.round()).isEqualTo(1);
		assertThat(this.digests.round()).isZero();

		assertThat(this.jdbc.sql("select body from notification where kind = 'digest'").query(String.class).single())
			.isEqualTo("""
					🗓 <b>Пётр, 5А</b> — итоги дня, 25 ноября
					Геометрия: 3 — средний балл 3,00
					Пропущено без уважительной причины: 1 урок.
					👏 25 ноября: помог однокласснику""");
	}

}
