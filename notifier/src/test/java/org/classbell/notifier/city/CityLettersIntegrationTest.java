package org.classbell.notifier.city;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.dispatch.ChannelsIntegrationTest;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.notifier.testing.CitySchool;
import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.school.SmsSender;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.LinkedChats;
import org.classbell.testing.SentSms;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a school's families read in a city of schools: the school's own texts where it has
 * them ({@code templates/sch8/ru/} in the data directory), and, for a parent whose phone
 * or messenger account is a guardian's in two schools, the school's name first. In the
 * {@link ImportedSchool} and Гимназия № 8: Алексеева Ольга has a child in each, with one
 * phone; Петрова Ирина links one Telegram account in each; the other parents are of one
 * school.
 */
class CityLettersIntegrationTest extends ChannelsIntegrationTest {

	private static Path home;

	CitySchool eighth;

	@DynamicPropertySource
	static void homeWithTheEighthSchoolsTexts(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("classbell-city-");
		Path file = home.resolve("templates/sch8/ru/messages.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				alert.praise.telegram=🌟 Гимназия хвалит <b>{child}</b>: {text}
				alert.praise.sms=Гимназия хвалит {child}: {text}
				""", StandardCharsets.UTF_8);
		registry.add("classbell.home", home::toString);
	}

	@AfterAll
	static void removeHome() throws IOException {
		FileSystemUtils.deleteRecursively(home);
	}

	@BeforeEach
	void makeTheEighthSchool() {
		this.eighth = new CitySchool(this.beans, "sch8", "Гимназия № 8", SmsSender.DEPLOYMENT,
				new String[] { "7В,1,Соловьёв,Миша,,Алексеева Ольга," + ALEKSEEVA_PHONE + ",ru,yes",
						"7В,2,Зайцева,Лиза,,Зайцев Игорь,+79110000021,ru,yes",
						"7В,3,Петров,Гриша,,Петрова Ирина Сергеевна,,en,yes" },
				new String[] { "Лебедева,Анна,,teacher,7В,7В:Алгебра" });
	}

	@Test
	void writesASchoolsMessagesInItsOwnTextsAndTheOtherSchoolsInTheCommonOnes() {
		praise(student("Иванов", "Пётр"), "помог однокласснику");
		praiseInTheEighth(this.eighth.student("Зайцева", "Лиза"), "помогла классу");

		Map<String, SentSms> sent = byPhone(2);
		assertThat(sent.get("+79110000021").body()).isEqualTo("Гимназия хвалит Лиза: помогла классу");
		assertThat(sent.get("+79110000002").body()).isEqualTo("Пётр (5А), похвала: помог однокласснику");
	}

	@Test
	void beginsAnSmsWithTheSchoolsNameWhereThePhoneIsAParentsInTwoSchoolsWithinItsBudget() {
		praise(student("Алексеев", "Борис"), "дежурил");
		praiseInTheEighth(this.eighth.student("Соловьёв", "Миша"), "помог классу");
		praiseInTheEighth(this.eighth.student("Зайцева", "Лиза"), "помогла классу");

		Map<String, SentSms> sent = TWILIO.awaitMessages(3)
			.stream()
			.collect(Collectors.toMap(SentSms::body, Function.identity()));
		assertThat(sent.keySet()).containsExactlyInAnyOrder("Школа No.1: Борис (5А), похвала: дежурил",
				"Гимназия No. 8: Гимназия хвалит Миша: помог классу", "Гимназия хвалит Лиза: помогла классу");

		TWILIO.reset();
		praise(student("Алексеев", "Борис"), "x".repeat(100));
		String cut = TWILIO.awaitMessages(1).get(0).body();
		assertThat(cut).startsWith("Школа No.1: Борис (5А), похвала: xxx").endsWith("…");
		assertThat(SmsForms.segments(cut)).as("an alert's budget: one segment, the school's name in it").isOne();
	}

	@Test
	void beginsAMessengerMessageWithTheSchoolsNameInBoldWhereTheAccountIsAParentsInTwoSchools() {
		linkGuardian(PETROVA, "Петрова Ирина");
		linkInTheEighth(this.eighth.guardian("Петрова Ирина Сергеевна"), PETROVA);
		linkGuardian(2002, "Иванова Мария");

		praise(student("Петрова", "Анна"), "spoke at the conference");
		praiseInTheEighth(this.eighth.student("Петров", "Гриша"), "helped");
		praise(student("Иванов", "Пётр"), "помог однокласснику");

		await().atMost(WAIT)
			.until(() -> TELEGRAM.sentMessages(PETROVA).size() == 2 && TELEGRAM.sentMessages(2002).size() == 1);
		assertThat(TELEGRAM.sentMessages(PETROVA)).extracting((message) -> message.text())
			.containsExactlyInAnyOrder(
					"🏫 <b>Школа №1</b>\n👏 <b>Анна</b>, 5А: spoke at the conference\n— Елена Викторовна",
					"🏫 <b>Гимназия № 8</b>\n👏 <b>Гриша</b>, 7В: helped\n— Анна");
		assertThat(TELEGRAM.sentMessages(2002).get(0).text())
			.isEqualTo("👏 <b>Пётр</b>, 5А: помог однокласснику\n— Елена Викторовна");
	}

	private Map<String, SentSms> byPhone(int count) {
		return TWILIO.awaitMessages(count).stream().collect(Collectors.toMap(SentSms::to, Function.identity()));
	}

	/**
	 * Лебедева praises a student of Гимназия № 8 today.
	 */
	private void praiseInTheEighth(StudentId student, String text) {
		StaffMember lebedeva = this.eighth.staffMember("Лебедева Анна");
		LocalDate today = this.clock.instant().atZone(ImportedSchool.ZONE).toLocalDate();
		this.transactions.executeWithoutResult(
				(status) -> this.journal.note(lebedeva, NoteKind.PRAISE, student, text, today, this.clock.instant()));
	}

	/**
	 * Links the Telegram account to the guardian of Гимназия № 8 too, with consent, as
	 * the bot serving the city links a parent's account in a second school.
	 */
	private void linkInTheEighth(GuardianId guardian, long user) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		this.jdbc.sql("""
				insert into chat_link (messenger, user_id, chat_id, guardian_id, linked_at, consented_at)
				values ('telegram', ?, ?, ?, ?, ?)
				""").params(user, user, guardian.value(), now, now).update();
	}

}
