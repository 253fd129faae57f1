package org.classbell.notifier.dispatch;

import org.classbell.store.cluster.SharedBuckets;
import org.classbell.notifier.outbox.Channel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.classbell.notifier.NotifierTestApplication;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.StudentId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.LinkedChats;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeBotApi;
import org.classbell.testing.FakeTwilio;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The store and the notifier sending what the outbox holds through the real TelegramBots
 * client and the real Twilio SDK, to a local Bot API server and a local Twilio REST API,
 * and taking Twilio's callbacks over HTTP; on the {@link ImportedSchool}, whose journal a
 * test writes as Соколова would with the bot. Rate limits are lifted so that nothing
 * waits on the wall clock; retries and quiet hours follow the test's clock, which stands
 * at Wednesday 25 November 2026, 09:30 in Moscow.
 */
@SpringBootTest(classes = NotifierTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}",
				"classbell.reports.scheduled=false" })
@DatabaseTest
@DirtiesContext
public abstract class ChannelsIntegrationTest {

	protected static final String BOT_TOKEN = "123456:TEST-bot-token";

	protected static final FakeBotApi TELEGRAM = new FakeBotApi(BOT_TOKEN).username("school1_bot");

	protected static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef",
			"twilio-auth-token");

	protected static final Duration WAIT = Duration.ofSeconds(10);

	/** Алексеева Ольга, mother of Борис (5А): SMS, with consent. */
	protected static final String ALEKSEEVA_PHONE = "+79110000001";

	/** Петрова Ирина, mother of Анна (5А), English-speaking: Telegram once linked. */
	protected static final long PETROVA = 2004;

	@Autowired
	protected ApplicationContext beans;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Journal journal;

	@Autowired
	protected TransactionTemplate transactions;

	protected ImportedSchool school;

	/**
	 * Empties the database before the application starts, so that its dispatcher finds no
	 * notification that other test classes left; the application stops after this class
	 * ({@code @DirtiesContext}), so that it sends none of those that later classes write.
	 */
	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("classbell.telegram.token", () -> BOT_TOKEN);
		registry.add("classbell.telegram.api-url", () -> TELEGRAM.url().toString());
		Dispatching.through(TWILIO, registry);
	}

	@BeforeEach
	void importSchool() {
		this.clock.reset();
		TELEGRAM.clearRecordings();
		TWILIO.reset();
		this.school = new ImportedSchool(this.beans);
	}

	/**
	 * Links the guardian's Telegram with consent, as the bot's /start and its consent
	 * button would.
	 */
	protected void linkGuardian(long user, String fullName) {
		LinkedChats.guardian(this.beans, this.school.guardian(fullName), user, this.clock.instant());
	}

	/**
	 * Соколова praises a student today, as {@code /praise} would.
	 */
	protected void praise(StudentId student, String text) {
		StaffMember sokolova = this.school.staffMember("Соколова Елена");
		this.transactions.executeWithoutResult(
				(status) -> this.journal.note(sokolova, NoteKind.PRAISE, student, text, today(), this.clock.instant()));
	}

	/**
	 * Соколова marks a student absent from a lesson today, as {@code /absent @lesson}
	 * would.
	 */
	protected void absent(StudentId student, int lesson) {
		StaffMember sokolova = this.school.staffMember("Соколова Елена");
		this.transactions.executeWithoutResult((status) -> this.journal.attendance(sokolova, AttendanceStatus.ABSENT,
				List.of(student), today(), Lessons.range(lesson, lesson), this.clock.instant()));
	}

	protected StudentId student(String lastName, String firstName) {
		return this.school.student(lastName, firstName);
	}

	/**
	 * Queues 20 messages of a channel to as many addresses, and sends them with two
	 * dispatching nodes allowed 5 a second each, sharing the limits in the database, in
	 * place of this application's dispatcher (started again after).
	 * @param properties the nodes' properties, the channel's limit in all at 5 a second
	 * @return how long the two took to send all 20
	 */
	protected Duration sendTwentyByTwoNodes(Channel channel, long firstAddress, DispatchProperties properties) {
		Dispatcher dispatcher = this.beans.getBean(Dispatcher.class);
		dispatcher.stop();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		this.jdbc
			.sql("""
					insert into notification (school_id, kind, channel, address, body, next_attempt_at, created_at, updated_at)
					select ?, 'announcement', ?, (? + i)::text, 'message ' || i, ?, ?, ?
					from generate_series(1, 20) i
					""")
			.params(this.school.id().value(), channel.code(), firstAddress, now, now, now)
			.update();
		Deliveries deliveries = this.beans.getBean(Deliveries.class);
		List<Carrier> carriers = List.copyOf(this.beans.getBeansOfType(Carrier.class).values());
		SharedBuckets shared = this.beans.getBean(SharedBuckets.class);
		List<Dispatcher> nodes = List.of(
				new Dispatcher(deliveries, carriers, properties, this.clock, new SimpleMeterRegistry(), "first-node",
						shared),
				new Dispatcher(deliveries, carriers, properties, this.clock, new SimpleMeterRegistry(), "second-node",
						shared));
		long started = System.nanoTime();
		nodes.forEach(Dispatcher::start);
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> count("select count(*) from notification where status = 'sent'") == 20);
		}
		finally {
			nodes.forEach(Dispatcher::stop);
			dispatcher.start();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	protected long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	protected void awaitStatus(String channel, String status) {
		await().atMost(WAIT)
			.until(() -> count("select count(*) from notification where channel = ? and status = ?", channel,
					status) > 0);
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ImportedSchool.ZONE).toLocalDate();
	}

}
