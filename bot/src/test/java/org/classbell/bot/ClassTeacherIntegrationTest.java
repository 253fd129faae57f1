package org.classbell.bot;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassTeacherIntegrationTest extends BotIntegrationTest {

	@BeforeEach
	void staff() {
		linkStaff(SOKOLOVA, "Соколова Елена");
		linkStaff(ORLOV, "Орлов Дмитрий");
		linkStaff(BELOVA, "Белова Ирина");
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
	}

	@Test
	void announcesToEveryGuardianOfTheClassOnce() {
		assertThat(ask(SOKOLOVA, "/announce 5А Родительское собрание в четверг в 18:00, каб. 12").text())
			.isEqualTo("Объявление для 5А отправляется: 3 получателя, с 1 родителем нет связи.");

		assertThat(
				this.jdbc.sql("select channel || ' ' || body from notification order by id").query(String.class).list())
			.containsExactly(
					"sms 5А (Борис): Родительское собрание в четверг в 18:00, каб. 12 - Елена Викторовна Соколова",
					"telegram 📢 <b>Объявление для 5А</b> (Пётр)\nРодительское собрание в четверг в 18:00, каб. 12\n— Елена Викторовна Соколова",
					"sms 5А (Anna): Родительское собрание в четверг в 18:00, каб. 12 - Елена Викторовна Соколова"
						.replace("Anna", "Анна"));
	}

	@Test
	void letsAnAdminAnnounceToTheWholeSchoolNamingEachGuardiansChildren() {
		assertThat(ask(BELOVA, "/announce all Завтра короткий день").text())
			.isEqualTo("Объявление для всей школы отправляется: 4 получателя, с 1 родителем нет связи.");

		assertThat(
				this.jdbc.sql("select body from notification where channel = 'telegram'").query(String.class).single())
			.isEqualTo("📢 <b>Объявление школы</b> (Пётр, 5А; Ольга, 6Б)\nЗавтра короткий день\n— Ирина Белова");
	}

	@Test
	void refusesAnnouncementsToAClassTheTeacherDoesNotLead() {
		assertThat(ask(ORLOV, "/announce 6Б Завтра контрольная").text())
			.isEqualTo("Это могут классный руководитель 6Б и администратор.");
		assertThat(ask(ORLOV, "/announce all Завтра контрольная").text())
			.isEqualTo("Объявление всей школе может сделать администратор.");
		assertThat(count("select count(*) from announcement")).isZero();
		assertThat(count("select count(*) from notification")).isZero();
	}

	@Test
	void issuesInviteCodesToForwardWithTheirDeepLinks() {
		var reply = ask(SOKOLOVA, "/invite 5А");

		assertThat(reply.text()).startsWith(
				"<b>Приглашения для родителей 5А</b> (4 кода, действуют до 25 декабря). Перешлите каждому родителю его строку:\n\n"
						+ "Алексеева Ольга (Борис (5А)): https://t.me/school1_bot?start=");
		assertThat(count("select count(*) from invite_code where issued_by like 'staff:%'")).isEqualTo(4);
	}

	@Test
	void refusesInviteCodesToAnyoneButTheClassTeacherAndAdmins() {
		assertThat(ask(ORLOV, "/invite 5А").text()).isEqualTo("Это могут классный руководитель 5А и администратор.");
		assertThat(ask(IVANOVA, "/invite 5А").text()).isEqualTo("Эта команда — для учителей.");
		assertThat(ask(BELOVA, "/invite 6Б").text()).startsWith("<b>Приглашения для родителей 6Б</b> (1 код");
	}

	@Test
	void refusesJournalCommandsToGuardians() {
		for (String command : new String[] { "/absent 5А Алексеев", "/late Алексеев", "/excuse Алексеев",
				"/rollcall 5А", "/grade 5А алгебра Алексеев 5", "/praise Алексеев молодец", "/remark Алексеев ой",
				"/homework 5А алгебра ничего", "/undo", "/announce 5А привет" }) {
			assertThat(ask(IVANOVA, command).text()).as(command).isEqualTo("Эта команда — для учителей.");
		}
		assertThat(count("select count(*) from attendance") + count("select count(*) from mark")
				+ count("select count(*) from behaviour_note") + count("select count(*) from homework")
				+ count("select count(*) from announcement"))
			.isZero();
	}

	@Test
	void refusesGuardianCommandsToTeachers() {
		for (String command : new String[] { "/report", "/children", "/settings", "/stop" }) {
			assertThat(ask(SOKOLOVA, command).text()).as(command).isEqualTo("Эта команда — для родителей.");
		}
	}

	@Test
	void showsEachRoleWhatItMayDo() {
		assertThat(ask(SOKOLOVA, "/help").text()).contains("/absent 5А @3", "/announce 5А текст")
			.doesNotContain("/report");
		assertThat(ask(ORLOV, "/help").text()).contains("/absent 5А @3").doesNotContain("/announce");
		assertThat(ask(BELOVA, "/help").text()).contains("/announce all");
		assertThat(ask(IVANOVA, "/help").text()).contains("/report").doesNotContain("/absent");
	}

}
