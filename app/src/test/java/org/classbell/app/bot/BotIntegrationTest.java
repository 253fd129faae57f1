package org.classbell.app.bot;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.invite.Invites;
import org.classbell.store.roster.Classes;
import org.classbell.store.staff.StaffMembers;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application with its bot polling a local Bot API server through the real
 * TelegramBots client, on a small school imported through the admin API. The clock stands
 * at Wednesday 25 November 2026, 09:30 in Moscow: Соколова is teaching 5А geometry,
 * lesson 2.
 */
public abstract class BotIntegrationTest extends ApiIntegrationTest {

	protected static final String BOT_TOKEN = "123456:TEST-bot-token";

	protected static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("school1_bot");

	protected static final Duration WAIT = Duration.ofSeconds(10);

	/**
	 * Соколова Елена Викторовна: class teacher of 5А, teaches algebra and geometry there
	 * and maths in 1А.
	 */
	protected static final long SOKOLOVA = 1001;

	/** Орлов Дмитрий: teaches English in 6Б. */
	protected static final long ORLOV = 1002;

	/** Белова Ирина: admin. */
	protected static final long BELOVA = 1003;

	/** Иванова Мария: mother of Пётр (5А) and Ольга (6Б). */
	protected static final long IVANOVA = 2002;

	/** Петрова Ирина: mother of Анна (5А), English-speaking. */
	protected static final long PETROVA = 2004;

	/** Someone who never linked. */
	protected static final long STRANGER = 3000;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Invites invites;

	@Autowired
	protected StaffMembers staff;

	@Autowired
	protected Classes classes;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
	}

	@BeforeEach
	void importSchool() {
		this.clock.reset();
		TELEGRAM.clearRecordings();
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes
				5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,
				5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes
				1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes
				6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;1А:Математика
				Орлов,Дмитрий,,teacher,,6Б:Английский язык
				Белова,Ирина,,admin,,
				""");
		postAsAdmin("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,3,1,08:30,Алгебра,Соколова Елена
				5А,,3,2,09:25,Геометрия,Соколова Елена
				6Б,,3,2,09:25,Английский язык,Орлов Дмитрий
				1А,,3,3,10:20,Математика,Соколова Елена
				""");
	}

	/**
	 * Links a staff member's Telegram account with a fresh invite code, as they would
	 * with /start.
	 */
	protected void linkStaff(long user, String lastAndFirst) {
		var member = this.staff.match(school(), lastAndFirst).found().orElseThrow();
		say(user, "/start " + this.invites.forStaff(member, Actor.adminApi()).code());
		awaitReplies(user, 2);
		TELEGRAM.clearRecordings();
	}

	/**
	 * Links a guardian's Telegram account and confirms consent, as they would.
	 */
	protected void linkGuardian(long user, String className, String guardianName) {
		var schoolClass = this.classes.match(school(), className).found().orElseThrow();
		var code = this.invites.forClass(school(), schoolClass.id(), Actor.adminApi())
			.stream()
			.filter((invite) -> invite.invitee().name().equals(guardianName))
			.findFirst()
			.orElseThrow()
			.code();
		say(user, "/start " + code);
		SentMessage question = awaitReplies(user, 2).get(1);
		press(user, question.messageId(), question.buttons().get(0).get(0).callbackData());
		await().atMost(WAIT).until(() -> !TELEGRAM.edits().isEmpty());
		TELEGRAM.clearRecordings();
	}

	protected int say(long user, String text) {
		return TELEGRAM.sendText(user, user, text);
	}

	protected int press(long user, int messageId, String data) {
		return TELEGRAM.pressButton(user, user, messageId, data);
	}

	/**
	 * Waits until the bot has sent this many messages to the user's chat, and answers
	 * them.
	 */
	protected List<SentMessage> awaitReplies(long user, int count) {
		await().atMost(WAIT).until(() -> TELEGRAM.sentMessages(user).size() >= count);
		return TELEGRAM.sentMessages(user);
	}

	protected SentMessage awaitReply(long user) {
		return awaitReplies(user, 1).get(0);
	}

	/**
	 * Says something and waits for the one reply to it.
	 */
	protected SentMessage ask(long user, String text) {
		int before = TELEGRAM.sentMessages(user).size();
		say(user, text);
		return awaitReplies(user, before + 1).get(before);
	}

	protected SchoolId school() {
		return this.jdbc.sql("select id from school")
			.query(Long.class)
			.list()
			.stream()
			.map(SchoolId::new)
			.findFirst()
			.orElseThrow();
	}

	protected long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	protected void assertNoMoreReplies(long user, int count) {
		assertThat(TELEGRAM.sentMessages(user)).hasSize(count);
	}

}
