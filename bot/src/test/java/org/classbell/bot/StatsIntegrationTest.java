package org.classbell.bot;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /stats} on the fixture school: Иванова linked Telegram, Смирнова's phone is
 * flagged, Иванов Андрей opted out; Соколова marked absences for lesson 1 and took the
 * roll call of lesson 2 by the bot, and last gave a mark on 20 November; a week of
 * outbox.
 */
class StatsIntegrationTest extends BotIntegrationTest {

	@BeforeEach
	void journal() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
		linkStaff(BELOVA, "Белова Ирина");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		this.jdbc
			.sql("update guardian set phone_flagged_at = '2026-11-20 10:00:00+00' where full_name = 'Смирнова Ксения'")
			.update();
		this.jdbc.sql("update guardian set opted_out_at = '2026-11-24 10:00:00+00' where full_name = 'Иванов Андрей'")
			.update();
		this.jdbc.sql("""
				insert into mark (student_id, subject_id, day, value, author_id, recorded_at)
				select st.id, sb.id, date '2026-11-20', 5, sf.id, timestamptz '2026-11-20 07:00:00+00'
				from student st, subject sb, staff sf
				where st.last_name = 'Алексеев' and sb.name = 'Алгебра' and sf.last_name = 'Соколова'
				""").update();
		ask(SOKOLOVA, "/absent @1 Алексеев");
		var sheet = ask(SOKOLOVA, "/rollcall");
		int edits = TELEGRAM.edits().size();
		press(SOKOLOVA, sheet.messageId(), sheet.buttons().get(2).get(0).callbackData());
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() > edits);
		notification("telegram", "sent", "2026-11-24 10:00:00+00", null);
		notification("sms", "delivered", "2026-11-24 11:00:00+00", 2);
		notification("sms", "failed", "2026-11-23 11:00:00+00", null);
		notification("sms", "delivered", "2026-11-05 11:00:00+00", 3);
		notification("sms", "delivered", "2026-10-30 11:00:00+00", 7);
	}

	@Test
	void showsAnAdminTheSchoolInShort() {
		assertThat(ask(BELOVA, "/stats").text()).isEqualTo("""
				📊 <b>Мониторинг на 25 ноября</b>

				<b>Подписки родителей</b>: 66,7% учеников (4 из 6).
				Меньше всего: 1А — 0,0% (0 из 1), 5А — 75,0% (3 из 4), 6Б — 100,0% (1 из 1).

				<b>Дольше всего без оценок</b>
				Орлов Д., 6Б — оценок ещё нет
				Соколова Е. В., 5А — 5 дней (с 20 ноября)

				Уроков без отметки посещаемости за 7 дней: 1 из 3.

				<b>Доставка за 7 дней</b>
				Telegram: отправлено 1, не доставлено 0, ждут 0
				SMS: отправлено 1, доставлено 1, не доставлено 1, ждут 1
				Отписались: 1

				SMS-сегментов с 1 ноября: 5""");
	}

	@Test
	void showsItInTheAdminsLanguage() {
		ask(BELOVA, "/lang en");

		assertThat(ask(BELOVA, "/stats").text()).isEqualTo("""
				📊 <b>Monitoring, November 25</b>

				<b>Parents subscribed</b>: 66.7% of students (4 of 6).
				Fewest: 1А — 0.0% (0 of 1), 5А — 75.0% (3 of 4), 6Б — 100.0% (1 of 1).

				<b>Longest without marks</b>
				Орлов Д., 6Б — no marks yet
				Соколова Е. В., 5А — 5 days (since November 20)

				Lessons with no attendance taken in 7 days: 1 of 3.

				<b>Delivery in 7 days</b>
				Telegram: sent 1, failed 0, waiting 0
				SMS: sent 1, delivered 1, failed 1, waiting 1
				Opted out: 1

				SMS segments since November 1: 5""");
	}

	@Test
	void refusesTeachersGuardiansAndStrangers() {
		assertThat(ask(SOKOLOVA, "/stats").text()).isEqualTo("Эта команда — для администрации школы.");
		assertThat(ask(ORLOV, "/stats").text()).isEqualTo("Эта команда — для администрации школы.");
		assertThat(ask(IVANOVA, "/stats").text()).isEqualTo("Эта команда — для администрации школы.");
		assertThat(ask(STRANGER, "/stats").text()).startsWith("Сначала привяжите Telegram");
	}

	@Test
	void listsStatsInTheAdminsHelpOnly() {
		assertThat(ask(BELOVA, "/help").text())
			.contains("/stats — мониторинг: подписки родителей, оценки, посещаемость, доставка");
		assertThat(ask(SOKOLOVA, "/help").text()).doesNotContain("/stats");
	}

	private void notification(String channel, String status, String at, Integer segments) {
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at, sent_at, segments)
				select id, 'announcement', :channel, '+79110000001', 'text', :status, cast(:at as timestamptz),
				       cast(:at as timestamptz), cast(:at as timestamptz),
				       case when :status in ('sent', 'delivered') then cast(:at as timestamptz) end, :segments
				from school
				""")
			.param("channel", channel)
			.param("status", status)
			.param("at", at)
			.param("segments", segments, java.sql.Types.SMALLINT)
			.update();
	}

}
