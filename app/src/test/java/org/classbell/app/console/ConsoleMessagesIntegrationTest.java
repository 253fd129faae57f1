package org.classbell.app.console;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsoleMessagesIntegrationTest extends ConsoleBrowserIntegrationTest {

	@Test
	void anAdminAnnouncesToAClassThroughThePageAndSeesItsDeliveryFigures() {
		Browser page = logInAs(ADMIN).open("/console/messages/announcements");
		assertThat(page.heading()).isEqualTo("Объявления");
		assertAccessible();

		page.find("#a-audience option[value='" + classId("5А") + "']").click();
		page.type("a-text", "Завтра родительское собрание в 18:00, кабинет 12.");
		assertThat(page.find("#a-text-count").getText()).startsWith("Символов: 49 из 3000").contains("SMS: около 1");
		submitConfirmed(page, "form[action$='/console/messages/announcements'] button[type=submit]");
		await().atMost(WAIT).until(() -> page.path().matches("/console/messages/announcements/\\d+"));

		long id = Long.parseLong(page.path().substring(page.path().lastIndexOf('/') + 1));
		assertThat(page.heading()).isEqualTo("Объявление для 5А");
		assertThat(page.mainText()).contains("Дошло до родителей: 0 из 2", "автор: Кузнецова Марина");
		assertThat(this.jdbc
			.sql("select a.author_id = s.id from announcement a, staff s where a.id = ? and s.last_name = 'Кузнецова'")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc
			.sql("select body from notification where announcement_id = ? and status = 'queued' order by id")
			.param(id)
			.query(String.class)
			.list()).hasSize(2).allSatisfy((body) -> assertThat(body).contains("родительское собрание", "Кузнецова"));
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'announcement' and entity_id = ?")
			.param(id)
			.query(String.class)
			.single()).startsWith("staff:");

		this.jdbc.sql("""
				update notification set status = 'delivered', sent_at = now(), delivered_at = now()
				where id = (select min(id) from notification where announcement_id = ?)
				""").param(id).update();
		page.click("a.button[href$='/console/messages/announcements/" + id + "']");
		await().atMost(WAIT).until(() -> page.mainText().contains("Дошло до родителей: 1 из 2"));
		assertThat(page.find("table tbody").getText()).contains("SMS 2 1 1 1 0");
		page.screenshot("announcement");
		assertAccessible();

		page.open("/console/messages/announcements");
		assertThat(page.find("table tbody").getText()).contains("5А", "Завтра родительское собрание", "1 из 2");
		page.screenshot("announcements");
		assertAccessible();
	}

	@Test
	void theOperatorAnnouncesToTheWholeSchoolSignedWithTheSchoolsName() {
		Browser page = logInAsOperator().open("/console/messages/announcements");
		page.find("#a-audience option[value='school']").click();
		page.type("a-text", "Школа закрыта на карантин до понедельника.");
		submitConfirmed(page, "form[action$='/console/messages/announcements'] button[type=submit]");
		await().atMost(WAIT).until(() -> page.path().matches("/console/messages/announcements/\\d+"));

		assertThat(page.heading()).isEqualTo("Объявление школы");
		assertThat(page.mainText()).contains("от оператора", "Дошло до родителей: 0 из 4");
		long id = Long.parseLong(page.path().substring(page.path().lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select author_id is null from announcement where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select unreachable from announcement where id = ?")
			.param(id)
			.query(Integer.class)
			.single()).as("the guardian without consent").isEqualTo(1);
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'announcement' and entity_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("operator");
	}

	@Test
	void anEmptyOrOverlongOrForgedAnnouncementIsRefusedAndNothingIsSent() throws Exception {
		Browser page = logInAs(ADMIN).open("/console/messages/announcements");
		page.find("#a-audience option[value='school']").click();
		submitConfirmed(page, "form[action$='/console/messages/announcements'] button[type=submit]");
		await().atMost(WAIT).until(() -> page.findAll(".error").size() > 0);

		assertThat(page.find(".error").getText()).contains("Напишите текст объявления.");
		assertAccessible();
		post(page, "/console/messages/announcements", List.of("audience", "school", "text", "а".repeat(3001)));
		await().atMost(WAIT).until(() -> page.findAll(".error").size() > 0);
		assertThat(page.find(".error").getText()).contains("Текст длиннее 3000 символов: сократите его.");
		HttpResponse<String> forged = withSession("POST", "/console/messages/announcements",
				"audience=school&text=hello");
		assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from announcement").query(Long.class).single()).isZero();
	}

	@Test
	void theOutboxFiltersShowsFailuresInWordsAndRetriesThoseThatCanSucceed() throws Exception {
		TELEGRAM.sendText(TEACHER_5A, TEACHER_5A, "/absent 5А Абрамов");
		TELEGRAM.sendText(ADMIN, ADMIN, "/announce all Завтра сокращённые уроки.");
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification").query(Long.class).single() == 4);
		long absence = this.jdbc.sql("select id from notification where kind = 'attendance'")
			.query(Long.class)
			.single();
		long toBelov = this.jdbc.sql("""
				select n.id from notification n join guardian g on g.id = n.guardian_id
				where g.full_name = 'Белов Игорь'
				""").query(Long.class).single();
		this.jdbc.sql("update notification set status = 'failed', attempts = 5, error = ? where id = ?")
			.params("gave up after 5 attempts: Twilio undelivered 30003", absence)
			.update();
		this.jdbc.sql("update notification set status = 'failed', attempts = 1, error = ? where id = ?")
			.params("Twilio 21610: recipient replied STOP; opt-out recorded", toBelov)
			.update();
		this.jdbc.sql("update guardian set opted_out_at = now() where full_name = 'Белов Игорь'").update();

		Browser page = logInAs(ADMIN).open("/console/messages");
		assertThat(page.find(".count").getText()).isEqualTo("Показаны 1–4 из 4");
		assertThat(page.mainText())
			.contains("Абрамова Ольга", "SMS +7912*****01", "Абрамов Денис", "5А", "пропуск или опоздание",
					"объявление", "вся школа", "в очереди", "не отправлено")
			.doesNotContain("+79120000001");
		page.screenshot("messages");
		page.screenshot("messages-phone", true);
		assertAccessible();

		page.open("/console/messages?status=failed");
		assertThat(page.findAll("table.outbox tbody tr")).hasSize(2);
		String absenceRow = page.find("#n" + absence).getText();
		assertThat(absenceRow).contains("Телефон был выключен или вне сети.", "Twilio undelivered 30003", "Повторить");
		assertThat(page.find("#n" + toBelov).getText())
			.contains("Родитель отписался от SMS (ответил STOP).", "Twilio 21610",
					"Повтор невозможен: родитель отписался от SMS")
			.doesNotContain("Повторить");
		assertAccessible();
		page.open("/console/messages?channel=telegram");
		assertThat(page.mainText()).contains("Сообщений с такими условиями нет.");
		page.open("/console/messages?class=" + classId("5А"));
		assertThat(page.findAll("table.outbox tbody tr")).hasSize(1);
		page.open("/console/messages?from=2026-11-26");
		assertThat(page.mainText()).contains("Сообщений с такими условиями нет.");
		page.open("/console/messages?from=2026-11-25&to=2026-11-25&status=failed");
		assertThat(page.findAll("table.outbox tbody tr")).hasSize(2);

		HttpResponse<String> forged = withSession("POST", "/console/messages/" + absence + "/retry", "");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(status(absence)).isEqualTo("failed");

		page.click("#n" + absence + " form button");
		await().atMost(WAIT).until(() -> page.findAll(".success").size() > 0);
		assertThat(page.find(".success").getText()).contains("Поставлено в очередь повторно: 1");
		assertThat(page.path()).isEqualTo("/console/messages?status=failed&from=2026-11-25&to=2026-11-25");
		assertThat(this.jdbc
			.sql("select status || ' ' || attempts || ' ' || (error is null) from notification where id = ?")
			.param(absence)
			.query(String.class)
			.single()).isEqualTo("queued 0 true");
		assertThat(this.jdbc.sql("""
				select actor || ' ' || (before ->> 'status') || ' ' || (after ->> 'status') from audit_log
				where entity = 'notification' and entity_id = ?
				""").param(absence).query(String.class).list()).singleElement()
			.asString()
			.matches("staff:\\d+ failed queued");

		submitConfirmed(page, "form.retry-all button");
		await().atMost(WAIT).until(() -> page.findAll(".success").size() > 0);
		assertThat(page.find(".success").getText()).contains("Поставлено в очередь повторно: 0",
				"Не поставлено в очередь: 1 — родитель отписался от SMS");
		assertThat(status(toBelov)).isEqualTo("failed");
	}

	@Test
	void badFiltersAreAnsweredWithWhatIsWrong() throws Exception {
		logInAs(ADMIN);
		HttpResponse<String> answer = withSession("GET", "/console/messages?from=2026-13-01&status=lost", null);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Нет такого состояния сообщения.", "Дата — в виде ГГГГ-ММ-ДД");
	}

	@Test
	void theOutboxReadsInEnglish() {
		TELEGRAM.sendText(TEACHER_5A, TEACHER_5A, "/absent 5А Абрамов");
		await().atMost(WAIT)
			.until(() -> this.jdbc.sql("select count(*) from notification").query(Long.class).single() == 1);
		Browser page = logInAs(ADMIN).open("/console/messages?lang=en");

		assertThat(page.find(".count").getText()).isEqualTo("Showing 1–1 of 1");
		assertThat(page.mainText()).contains("absence or lateness", "queued");
	}

	@Test
	void aClassTeacherIsRefusedTheMessagesPagesAndCannotAnnounce() {
		Browser page = logInAs(TEACHER_5A);
		assertThat(page.findAll("header nav a[href$='/console/messages']")).isEmpty();

		page.open("/console/messages");
		assertThat(page.heading()).isEqualTo("Нет доступа");
		page.open("/console/messages/announcements");
		assertThat(page.heading()).isEqualTo("Нет доступа");

		page.open("/console/today");
		post(page, "/console/messages/announcements", List.of("audience", "school", "text", "Не от администрации"));
		await().atMost(WAIT).until(() -> page.path().equals("/console/messages/announcements"));
		assertThat(page.heading()).isEqualTo("Нет доступа");
		assertThat(this.jdbc.sql("select count(*) from announcement").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from notification").query(Long.class).single()).isZero();
	}

	@Test
	void theOutboxFiltersByMaxAndSaysWhyAMaxMessageFailed() {
		this.jdbc
			.sql("""
					insert into notification (school_id, guardian_id, kind, channel, address, body, status, attempts, error,
					                          next_attempt_at, created_at, updated_at)
					select g.school_id, g.id, 'announcement', v.channel, v.address, 'Завтра сокращённые уроки.', 'failed', 1,
					       v.error, v.at, v.at, v.at
					from guardian g,
					     (values ('max', '7001', 'MAX 403: POST /messages: MAX answered 403 chat.denied: dialog is blocked '
					                             || 'by the user; chat unlinked; sent by Telegram instead',
					              timestamptz '2026-11-25 06:00:00+00'),
					             ('sms', '+79120000001', 'Twilio undelivered 30003', timestamptz '2026-11-25 06:10:00+00'))
					         as v(channel, address, error, at)
					where g.full_name = 'Абрамова Ольга'
					""")
			.update();

		Browser page = logInAs(ADMIN).open("/console/messages");
		page.find("#f-channel option[value=max]").click();
		page.click("form.filters button[type=submit]");

		assertThat(page.path()).contains("channel=max");
		assertThat(page.find("#f-channel option[value=max]").isSelected()).isTrue();
		List<String> rows = page.findAll("table.outbox tbody tr").stream().map((row) -> row.getText()).toList();
		assertThat(rows).singleElement()
			.asString()
			.contains("Абрамова Ольга", "MAX", "Родитель заблокировал бота в MAX или удалил переписку с ним.",
					"MAX 403")
			.doesNotContain("Twilio");
		assertAccessible();
		page.open("/console/messages?channel=viber");
		assertThat(page.mainText()).contains("Канал — Telegram, MAX или SMS.");
	}

	private long classId(String name) {
		return this.jdbc.sql("select id from school_class where name = ?").param(name).query(Long.class).single();
	}

	private String status(long notification) {
		return this.jdbc.sql("select status from notification where id = ?")
			.param(notification)
			.query(String.class)
			.single();
	}

	/**
	 * Clicks a button whose form asks first, and says yes.
	 */
	private static void submitConfirmed(Browser page, String button) {
		page.confirm(button);
	}

	/**
	 * Posts a form from the page shown, with the session's CSRF token, as a hand-made
	 * page or a script in it would.
	 */
	private static void post(Browser page, String action, List<String> fields) {
		page.driver().executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				const fields = [['_csrf', document.querySelector('form.logout input[name=_csrf]').value]];
				for (let i = 0; i < arguments[1].length; i += 2) {
					fields.push([arguments[1][i], arguments[1][i + 1]]);
				}
				for (const [name, value] of fields) {
					const input = document.createElement('input');
					input.type = 'hidden';
					input.name = name;
					input.value = value;
					form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();
				""", action, fields);
	}

}
