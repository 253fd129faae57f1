package org.classbell.bot;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.notifier.answers.AnswerButtons;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.answers.Answer;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.Outcomes;
import org.classbell.testing.BotApiCall;
import org.classbell.testing.Edit;
import org.classbell.testing.SentMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One bot for a city's schools: the {@link ImportedSchool} («Школа №1») and «Школа № 8»,
 * each with a 5А. Соколова teaches in both, Белова is an admin of both, Иванова Мария has
 * children in both; each links both of their records to one Telegram account.
 */
class CitySchoolsIntegrationTest extends BotIntegrationTest {

	static final String[] ROSTER_8 = { //
			"5А,1,Алексеев,Глеб,,Алексеева Нина,+79110000081,ru,yes", //
			"5А,2,Иванов,Кирилл,,Иванова Мария,+79110000002,ru,yes", //
			"7В,1,Морозов,Олег,,Морозова Вера,+79110000083,ru,yes" };

	static final String[] STAFF_8 = { //
			"Соколова,Елена,Викторовна,teacher,,5А:Алгебра;7В:Алгебра", //
			"Зайцева,Анна,,teacher,5А,5А:Русский язык", //
			"Белова,Ирина,,admin,," };

	/** Зайцева Анна: class teacher of 5А in «Школа № 8». */
	static final long ZAITSEVA = 1004;

	private School school8;

	@BeforeEach
	void secondSchool() {
		this.school8 = school("sch8", "Школа № 8", ROSTER_8, STAFF_8);
	}

	@Test
	void linkingASecondSchoolsCodeKeepsTheFirstLinkAndSaysSo() {
		link(SOKOLOVA, school(), "Соколова Елена");

		say(SOKOLOVA, "/start " + code(this.school8.id(), "Соколова Елена"));

		assertThat(awaitReplies(SOKOLOVA, 2).get(0).text())
			.isEqualTo("Здравствуйте, Елена Викторовна! Telegram привязан к вашей учётной записи учителя.\n\n"
					+ "Вы подключены к школе «Школа № 8». Теперь вы в двух школах: Школа №1, Школа № 8. "
					+ "Если команда может относиться к любой из них, я спрошу, в какой школе.");
		assertThat(linkedSchools(SOKOLOVA)).containsExactlyInAnyOrder(school().value(), this.school8.id().value());

		TELEGRAM.clearRecordings();
		say(SOKOLOVA, "/start " + code(this.school8.id(), "Соколова Елена"));
		assertThat(awaitReplies(SOKOLOVA, 2).get(0).text()).as("a new code of a school it is in says nothing more")
			.isEqualTo("Здравствуйте, Елена Викторовна! Telegram привязан к вашей учётной записи учителя.");
		assertThat(linkedSchools(SOKOLOVA)).as("a link replaces only the one of its own school")
			.containsExactlyInAnyOrder(school().value(), this.school8.id().value());
	}

	@Test
	void asksWhichSchoolForAClassBothHaveAndRecordsInTheChosenOneOnly() {
		linkInBoth(SOKOLOVA, "Соколова Елена");

		SentMessage question = ask(SOKOLOVA, "/absent 5А @3 Алексеев");

		assertThat(question.text()).isEqualTo("В какой школе? <code>/absent 5А @3 Алексеев</code>");
		assertThat(question.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Школа №1", "Школа № 8", "Отмена");
		assertThat(count("select count(*) from attendance")).as("nothing saved while asking").isZero();

		press(SOKOLOVA, question.messageId(), question.buttons().get(1).get(0).callbackData());

		SentMessage saved = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(saved.text()).isEqualTo("5А, 25 ноября: на уроке 3 отсутствуют Алексеев Глеб. Родителям сообщу.");
		assertThat(TELEGRAM.edits()).extracting(Edit::text)
			.containsExactly("<b>Школа № 8</b>: <code>/absent 5А @3 Алексеев</code>");
		assertThat(absences("Глеб")).isOne();
		assertThat(absences("Борис")).as("nothing in the other school's 5А").isZero();
		assertThat(count("select author_id from attendance")).as("written by her staff record in the chosen school")
			.isEqualTo(staffMember(this.school8.id(), "Соколова Елена").id().value());

		assertThat(ask(SOKOLOVA, "/undo").text()).startsWith("Отменено: отметка об отсутствии.");
		assertThat(absences("Глеб")).as("/undo takes back the last entry, in whichever school").isZero();
	}

	@Test
	void runsWithoutAQuestionWhereOnlyOneSchoolTells() {
		linkInBoth(SOKOLOVA, "Соколова Елена");

		assertThat(ask(SOKOLOVA, "/absent 7В @3 Морозов").text())
			.isEqualTo("7В, 25 ноября: на уроке 3 отсутствуют Морозов Олег. Родителям сообщу.");
		assertThat(ask(SOKOLOVA, "/absent 1А @3 Смирнов").text())
			.isEqualTo("1А, 25 ноября: на уроке 3 отсутствуют Смирнов Лев. Родителям сообщу.");
		assertThat(ask(SOKOLOVA, "/absent @2 Алексеев").text())
			.as("no class named: the school of her lesson now (5А geometry in «Школа №1»)")
			.isEqualTo("5А, 25 ноября: на уроке 2 отсутствуют Алексеев Борис. Родителям сообщу.");
		assertThat(TELEGRAM.sentMessages(SOKOLOVA)).hasSize(3);
		assertThat(absences("Олег") + absences("Лев") + absences("Борис")).isEqualTo(3);
	}

	@Test
	void announcesToAllOnlyInTheChosenSchool() {
		linkInBoth(BELOVA, "Белова Ирина");

		SentMessage question = ask(BELOVA, "/announce all Завтра сокращённые уроки");
		assertThat(question.text()).isEqualTo("В какой школе? <code>/announce all Завтра сокращённые уроки</code>");
		press(BELOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		assertThat(awaitReplies(BELOVA, 2).get(1).text())
			.isEqualTo("Объявление для всей школы отправляется: 4 получателя, с 1 родителем нет связи.");
		assertThat(count("select count(*) from notification n join guardian g on g.id = n.guardian_id "
				+ "where g.school_id = ? and n.kind = 'announcement'", school().value()))
			.isEqualTo(4);
		assertThat(count("select count(*) from notification where school_id = ?", this.school8.id().value()))
			.as("no family of the other school hears of it")
			.isZero();
	}

	@Test
	void aLongAnnouncementIsRepeatedInShortInTheQuestionAndSentWhole() {
		linkInBoth(BELOVA, "Белова Ирина");
		String text = "Родители & дети: " + "о сокращённых уроках <завтра> ".repeat(90).strip();

		SentMessage question = ask(BELOVA, "/announce all " + text);
		press(BELOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		assertThat(question.text()).hasSizeLessThan(400)
			.startsWith("В какой школе? <code>/announce all Родители &amp;");
		awaitReplies(BELOVA, 2);
		assertThat(TELEGRAM.edits())
			.allSatisfy((edit) -> assertThat(String.valueOf(edit.text())).hasSizeLessThan(4096));
		assertThat(this.jdbc.sql("select text from announcement").query(String.class).single()).isEqualTo(text);
	}

	@Test
	void refusesAForgedSchoolChoiceAndChangesNothing() {
		School elsewhere = school("sch3", "Школа № 3", new String[] { "5А,1,Алексеев,Фёдор,,Алексеева Юлия,,ru," },
				new String[] { "Соколова,Елена,Викторовна,teacher,,5А:Алгебра" });
		linkInBoth(SOKOLOVA, "Соколова Елена");
		SentMessage question = ask(SOKOLOVA, "/absent 5А @3 Алексеев");
		String offered = question.buttons().get(0).get(0).callbackData();
		String forged = offered.substring(0, offered.lastIndexOf(':') + 1) + elsewhere.id().value();

		press(SOKOLOVA, question.messageId(), forged);
		press(SOKOLOVA, question.messageId(), "@" + elsewhere.id().value() + "/" + offered);

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 2);
		assertThat(TELEGRAM.calls("answerCallbackQuery")).extracting(BotApiCall::body)
			.allSatisfy((body) -> assertThat(body).contains("Эта кнопка больше не действует"));
		assertThat(count("select count(*) from attendance")).isZero();
		assertNoMoreReplies(SOKOLOVA, 1);

		press(SOKOLOVA, question.messageId(), offered);
		assertThat(awaitReplies(SOKOLOVA, 2).get(1).text()).as("the question still stands for a school offered")
			.isEqualTo("5А, 25 ноября: на уроке 3 отсутствуют Алексеев Борис. Родителям сообщу.");
		assertThat(absences("Фёдор")).isZero();
	}

	@Test
	void refusesAStudentPickReStampedWithTheOtherSchoolAndRecordsNothing() {
		linkInBoth(SOKOLOVA, "Соколова Елена");
		SentMessage question = ask(SOKOLOVA, "/absent 5А Иванов");
		press(SOKOLOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());
		SentMessage pick = awaitReplies(SOKOLOVA, 2).get(1);
		assertThat(pick.text()).isEqualTo("«Иванов» — кого вы имели в виду? Пока вы не выберете, ничего не сохранено.");
		String honest = pick.buttons().get(0).get(0).callbackData();
		assertThat(honest).startsWith("@" + school().value() + "/pick:");
		TELEGRAM.clearRecordings();

		press(SOKOLOVA, pick.messageId(), reStamped(honest, this.school8.id()));
		press(SOKOLOVA, pick.messageId(), reStamped(pick.buttons().get(2).get(0).callbackData(), this.school8.id()));

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 2);
		assertThat(TELEGRAM.calls("answerCallbackQuery")).extracting(BotApiCall::body)
			.allSatisfy((body) -> assertThat(body).contains("Эта кнопка больше не действует"));
		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(count("select count(*) from journal_entry")).isZero();
		assertThat(TELEGRAM.edits()).as("neither the pick nor the cancel re-stamped with «Школа № 8» counts").isEmpty();
		assertNoMoreReplies(SOKOLOVA, 0);

		press(SOKOLOVA, pick.messageId(), honest);
		assertThat(awaitReply(SOKOLOVA).text()).as("the draft still stands in the school it was made in")
			.isEqualTo("5А, 25 ноября: весь день отсутствуют Иванов Пётр. Родителям сообщу.");
		assertThat(absences("Пётр")).isOne();
		assertThat(count("select school_id from journal_entry")).isEqualTo(school().value());
		assertThat(count("select author_id from journal_entry"))
			.isEqualTo(staffMember(school(), "Соколова Елена").id().value());
	}

	@Test
	void refusesARollCallTapReStampedWithTheOtherSchoolAndRecordsNothing() {
		linkInBoth(SOKOLOVA, "Соколова Елена");
		SentMessage question = ask(SOKOLOVA, "/rollcall 5А @3");
		press(SOKOLOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());
		SentMessage sheet = awaitReplies(SOKOLOVA, 2).get(1);
		String petrova = sheet.buttons().get(1).get(1).callbackData();
		String done = sheet.buttons().get(2).get(0).callbackData();
		assertThat(done).startsWith("@" + school().value() + "/rc:");
		press(SOKOLOVA, sheet.messageId(), petrova);
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 2);
		TELEGRAM.clearRecordings();

		press(SOKOLOVA, sheet.messageId(), reStamped(petrova, this.school8.id()));
		press(SOKOLOVA, sheet.messageId(), reStamped(done, this.school8.id()));

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 2);
		assertThat(TELEGRAM.calls("answerCallbackQuery")).extracting(BotApiCall::body)
			.allSatisfy((body) -> assertThat(body).contains("Эта кнопка больше не действует"));
		assertThat(TELEGRAM.edits()).isEmpty();
		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(count("select count(*) from journal_entry")).isZero();

		press(SOKOLOVA, sheet.messageId(), done);
		await().atMost(WAIT).until(() -> TELEGRAM.edits().size() == 1);
		assertThat(TELEGRAM.edits().get(0).text())
			.isEqualTo("Перекличка 5А, урок 3, сохранена. Отсутствуют (1): Петрова Анна. Родителям сообщу.");
		assertThat(absences("Анна")).isOne();
		assertThat(count("select school_id from journal_entry")).isEqualTo(school().value());
	}

	@Test
	void aParentWithAChildInEachSchoolChoosesAmongAllAndReachesThatSchoolsTeacher() {
		link(ZAITSEVA, this.school8.id(), "Зайцева Анна");
		link(SOKOLOVA, school(), "Соколова Елена");
		linkGuardianInBoth();

		assertThat(ask(IVANOVA, "/children").text()).isEqualTo("""
				<b>Ваши дети</b>
				Иванов Пётр Сергеевич — 5А, №2, Школа №1
				Иванова Ольга — 6Б, №1, Школа №1
				Иванов Кирилл — 5А, №2, Школа № 8""");
		SentMessage which = ask(IVANOVA, "Кирилл сегодня у врача, придёт к третьему уроку");
		assertThat(which.text()).isEqualTo("О ком сообщение?");
		assertThat(which.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Пётр, 5А — Школа №1", "Ольга, 6Б — Школа №1", "Кирилл, 5А — Школа № 8", "Отмена");

		press(IVANOVA, which.messageId(), which.buttons().get(2).get(0).callbackData());

		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text())
			.isEqualTo("Передано классному руководителю 5А (Зайцева А.). Ответ придёт сюда.");
		StaffMember zaitseva = staffMember(this.school8.id(), "Зайцева Анна");
		assertThat(count("select count(*) from notification where staff_id = ? and kind = 'parent_message'",
				zaitseva.id().value()))
			.isOne();
		assertThat(count("select count(*) from notification where staff_id is not null")).isOne();
	}

	@Test
	void aParentInTwoSchoolsAnswersAnAlertAboutAChildOfEither() {
		link(ZAITSEVA, this.school8.id(), "Зайцева Анна");
		linkGuardianInBoth();
		assertThat(ask(ZAITSEVA, "/absent 5А Иванов").text()).contains("весь день отсутствуют Иванов Кирилл");
		StudentId kirill = this.imported.student("Иванов", "Кирилл");

		press(IVANOVA, 1, AnswerButtons.answer(kirill, this.clock.instant().atZone(ImportedSchool.ZONE).toLocalDate(),
				Answer.ILL));

		await().atMost(WAIT).until(() -> TELEGRAM.calls("answerCallbackQuery").size() == 1);
		assertThat(TELEGRAM.calls("answerCallbackQuery").get(0).body()).contains("Спасибо! Ответ передан");
		assertThat(this.jdbc.sql("select guardian_id from alert_answer").query(Long.class).list())
			.as("answered as her guardian record in the child's school")
			.containsExactly(count("select id from guardian where full_name = 'Иванова Мария' and school_id = ?",
					this.school8.id().value()));
	}

	@Test
	void aParentStopsOneSchoolsMessagesAndKeepsTheOthers() {
		linkGuardianInBoth();

		SentMessage question = ask(IVANOVA, "/stop");

		assertThat(question.buttons()).extracting((row) -> row.get(0).text())
			.containsExactly("Только «Школа №1»", "Только «Школа № 8»", "Да, от всех школ", "Нет, оставить");
		press(IVANOVA, question.messageId(), question.buttons().get(1).get(0).callbackData());
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).isEqualTo(
				"Готово: сообщений о детях из школы «Школа № 8» больше не будет, из других школ они приходят как раньше. "
						+ "Чтобы вернуться, попросите новый код у классного руководителя.");
		assertThat(linkedSchools(IVANOVA)).containsExactly(school().value());
		assertThat(ask(IVANOVA, "/children").text()).isEqualTo("""
				<b>Ваши дети</b>
				Иванов Пётр Сергеевич — 5А, №2
				Иванова Ольга — 6Б, №1""");
	}

	@Test
	void aParentInTwoSchoolsGetsAFileOfTheirDataForEach() {
		linkGuardianInBoth();
		SentMessage question = ask(IVANOVA, "/mydata");

		press(IVANOVA, question.messageId(), question.buttons().get(0).get(0).callbackData());

		await().atMost(WAIT).until(() -> TELEGRAM.sentDocuments(IVANOVA).size() == 2);
		assertThat(TELEGRAM.sentDocuments(IVANOVA)).extracting((file) -> file.fileName())
			.containsExactly("classbell-mydata-2026-11-25-" + this.imported.school().code() + ".json",
					"classbell-mydata-2026-11-25-sch8.json");
		assertThat(new String(TELEGRAM.sentDocuments(IVANOVA).get(1).content(), StandardCharsets.UTF_8))
			.contains("Кирилл")
			.doesNotContain("Ольга");
	}

	/**
	 * Links Иванова Мария in «Школа №1» and then in «Школа № 8», confirming consent each
	 * time, and checks what the bot says.
	 */
	private void linkGuardianInBoth() {
		linkGuardian(IVANOVA, "5А", "Иванова Мария");
		say(IVANOVA, "/start " + guardianCode(this.school8.id(), "5А", "Иванова Мария"));
		List<SentMessage> linked = awaitReplies(IVANOVA, 2);
		assertThat(linked.get(0).text()).isEqualTo("Здравствуйте, Иванова Мария! Telegram привязан: Кирилл (5А).\n\n"
				+ "Вы подключены к школе «Школа № 8». Теперь вы в двух школах: Школа №1, Школа № 8. "
				+ "Сообщения из каждой школы будут приходить сюда.");
		press(IVANOVA, linked.get(1).messageId(), linked.get(1).buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		assertThat(TELEGRAM.edits().get(0).text()).contains("Пётр (5А), Ольга (6Б), Кирилл (5А)");
		assertThat(count("select count(*) from chat_link where user_id = ? and consented_at is not null", IVANOVA))
			.isEqualTo(2);
		TELEGRAM.clearRecordings();
	}

	/**
	 * Makes a school of the city with its roster and staff.
	 */
	private School school(String code, String name, String[] roster, String[] staff) {
		School made = this.beans.getBean(Schools.class)
			.create(code, name, ImportedSchool.ZONE, "RU", Actor.adminApi())
			.orElseThrow();
		Outcomes.applied(this.beans.getBean(RosterImport.class).apply(made, Lines.roster(roster), Actor.adminApi()));
		Outcomes.applied(this.beans.getBean(StaffImport.class).apply(made.id(), Lines.staff(staff), Actor.adminApi()));
		return made;
	}

	private StaffMember staffMember(SchoolId school, String lastAndFirst) {
		return this.staff.match(school, lastAndFirst).found().orElseThrow();
	}

	private String code(SchoolId school, String lastAndFirst) {
		return this.invites.forStaff(staffMember(school, lastAndFirst), Actor.adminApi()).code();
	}

	private String guardianCode(SchoolId school, String className, String guardianName) {
		var schoolClass = this.classes.match(school, className).found().orElseThrow();
		return this.invites.forClass(school, schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals(guardianName))
			.findFirst()
			.orElseThrow()
			.code();
	}

	/**
	 * Links the staff member of the school to the account, as /start with their code.
	 */
	private void link(long user, SchoolId school, String lastAndFirst) {
		int before = TELEGRAM.sentMessages(user).size();
		say(user, "/start " + code(school, lastAndFirst));
		awaitReplies(user, before + 2);
		TELEGRAM.clearRecordings();
	}

	/**
	 * Links the staff member of both schools to the account.
	 */
	private void linkInBoth(long user, String lastAndFirst) {
		link(user, school(), lastAndFirst);
		link(user, this.school8.id(), lastAndFirst);
	}

	private List<Long> linkedSchools(long user) {
		return this.jdbc.sql("select school_id from chat_link where user_id = ?").param(user).query(Long.class).list();
	}

	/**
	 * The button's data stamped with another school, as a client may send it.
	 */
	private static String reStamped(String data, SchoolId school) {
		return "@" + school.value() + data.substring(data.indexOf('/'));
	}

	private long absences(String firstName) {
		return count("select count(*) from attendance a join student s on s.id = a.student_id "
				+ "where s.first_name = ? and a.status = 'absent'", firstName);
	}

}
