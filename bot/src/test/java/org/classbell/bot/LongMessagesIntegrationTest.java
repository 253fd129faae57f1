package org.classbell.bot;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.classbell.templates.ChatText;
import org.classbell.testing.SentMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replies and alerts longer than a Telegram message: a class of 30 students and 45
 * parents with long names, inputs of 4,096 and 50,000 characters. Every message sent
 * fits, nothing is lost.
 */
class LongMessagesIntegrationTest extends BotIntegrationTest {

	@Test
	void sendsTheInvitesOfALargeClassAsSeveralMessagesThatEachFit() {
		List<String> roster = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			String child = "9Б," + i + ",Константинопольский" + i + ",Александр,Владимирович,";
			roster.add(child + "Константинопольская" + i + " Александра Владимировна,+7912100"
					+ String.format("%04d", i) + ",ru,yes");
			if (i % 2 == 0) {
				roster.add(child + "Константинопольский" + i + " Владимир Александрович,+7912200"
						+ String.format("%04d", i) + ",ru,yes");
			}
		}
		this.imported.roster(roster.toArray(String[]::new));
		linkStaff(BELOVA, "Белова Ирина");

		say(BELOVA, "/invite 9Б");

		await().atMost(WAIT).until(() -> links(TELEGRAM.sentMessages(BELOVA)) == 45);
		List<SentMessage> sent = TELEGRAM.sentMessages(BELOVA);
		assertThat(sent).hasSizeGreaterThan(1)
			.allSatisfy((message) -> assertThat(ChatText.length(message.text())).isLessThanOrEqualTo(4096));
		assertThat(sent.stream().mapToInt((message) -> ChatText.length(message.text())).sum()).isGreaterThan(4096);
		assertThat(sent.get(0).text()).startsWith("<b>Приглашения для родителей 9Б</b> (45 кодов");
		assertThat(count("select count(*) from invite_code where issued_by like 'staff:%'")).isEqualTo(45);
	}

	@Test
	void tellsTheParentOfAnExcuseWithA50000CharacterReasonInAnAlertThatFits() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkGuardian(PETROVA, "5А", "Петрова Ирина");
		ask(SOKOLOVA, "/absent Петрова");
		this.jdbc.sql("update notification set status = 'sent', sent_at = now() where status = 'queued'").update();
		String reason = "болезнь " + "очень долгая ".repeat(3846);

		SentMessage reply = ask(SOKOLOVA, "/excuse Петрова " + reason);

		assertThat(ChatText.length(reply.text())).isLessThanOrEqualTo(4096);
		List<String> corrections = this.jdbc
			.sql("select body from notification where kind = 'attendance_update' and status = 'queued'")
			.query(String.class)
			.list();
		assertThat(corrections).singleElement().satisfies((body) -> {
			assertThat(ChatText.length(body)).isLessThan(1000);
			assertThat(body).contains("болезнь очень долгая").contains("…");
		});
	}

	@Test
	void quotesBackAtMostAThousandCharactersOfWhatWasTyped() {
		linkStaff(SOKOLOVA, "Соколова Елена");

		SentMessage unknown = ask(SOKOLOVA, "/" + "ы".repeat(4095));
		SentMessage absent = ask(SOKOLOVA, "/absent " + "Ю".repeat(50_000));

		assertThat(ChatText.length(unknown.text())).isLessThanOrEqualTo(1500);
		assertThat(unknown.text()).contains("ыыы…");
		assertThat(ChatText.length(absent.text())).isLessThanOrEqualTo(1500);
	}

	private static int links(List<SentMessage> messages) {
		return messages.stream().mapToInt((message) -> message.text().split("start=", -1).length - 1).sum();
	}

}
