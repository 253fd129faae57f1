package org.classbell.bot;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.invite.Invites;
import org.classbell.store.roster.Classes;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.MutableClock;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.SentMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store, the notifier and the bot, the bot polling a local Bot API server through the
 * real TelegramBots client, on the {@link ImportedSchool}. The clock stands at Wednesday
 * 25 November 2026, 09:30 in Moscow: Соколова is teaching 5А geometry, lesson 2.
 */
@SpringBootTest(classes = BotTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false" })
@DatabaseTest
public abstract class BotIntegrationTest {

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
	protected ApplicationContext beans;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Invites invites;

	@Autowired
	protected StaffMembers staff;

	@Autowired
	protected Classes classes;

	/**
	 * The school, imported before each test; a test imports another roster or timetable
	 * through it.
	 */
	protected ImportedSchool imported;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
	}

	@BeforeEach
	void importSchool() {
		this.clock.reset();
		TELEGRAM.clearRecordings();
		this.imported = new ImportedSchool(this.beans);
	}

	/**
	 * Leaves the clock as the next test expects it: the next test class may run another
	 * application, whose updates this one handles while it holds the polling lock.
	 */
	@AfterEach
	void resetClock() {
		this.clock.reset();
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
		return this.imported.id();
	}

	protected long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	protected void assertNoMoreReplies(long user, int count) {
		assertThat(TELEGRAM.sentMessages(user)).hasSize(count);
	}

}
