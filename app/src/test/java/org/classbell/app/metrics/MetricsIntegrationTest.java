package org.classbell.app.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.Timestamps;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /actuator/prometheus}: the outbox and report gauges with the values of known
 * rows, read with the admin token or the metrics token, which reaches nothing else; a
 * scrape that holds no personal data.
 */
class MetricsIntegrationTest extends ApiIntegrationTest {

	static final String ROSTER = """
			class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
			5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
			5А,2,Петрова,Анна,,Петрова Ирина,8 (911) 000-00-02,ru,yes
			""";

	/**
	 * Each test starts an hour after the one before, so that no test sees the readings
	 * the one before it left.
	 */
	private static Instant start = MutableClock.START;

	@Autowired
	JdbcClient jdbc;

	Instant now;

	long school;

	@BeforeEach
	void school() {
		start = start.plus(Duration.ofHours(1));
		this.now = start;
		this.clock.set(this.now);
		assertThat(postAsAdmin("/api/import/roster", "text/csv", ROSTER).status()).isEqualTo(200);
		this.school = this.jdbc.sql("select id from school").query(Long.class).single();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsTheOutboxByStatusAndChannelToTheAdmin() {
		queued("telegram", "Алексеева Ольга", 300, 300);
		queued("telegram", "Алексеева Ольга", 60, 60);
		queued("sms", "Петрова Ирина", 30, 30);
		queued("sms", "Петрова Ирина", 600, -1800);
		written("telegram", "sending", 20);
		written("sms", "sent", 3600);
		written("sms", "sent", 7200);
		written("sms", "delivered", 3600);
		written("sms", "failed", 3600);
		written("telegram", "cancelled", 100);
		written("telegram", "failed", 90_000);
		written("max", "sent", 600);

		Response scrape = get("/actuator/prometheus", "Authorization", "Bearer " + TOKEN);

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.contentType()).startsWith("text/plain");
		Map<String, Double> metrics = metrics(scrape.body());
		assertThat(metrics).containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"queued\"}", 2.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"queued\"}", 2.0)
			.containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"sending\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"sending\"}", 0.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"sent\"}", 2.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"delivered\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"failed\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"failed\"}", 0.0)
			.containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"cancelled\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"delivered\"}", 0.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"telegram\"}", 2.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"sms\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"max\",status=\"sent\"}", 1.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"max\"}", 0.0)
			.containsEntry("classbell_outbox_oldest_queued_age_seconds", 300.0);
		assertThat(metrics.keySet()).as("six statuses of each of three channels")
			.filteredOn((name) -> name.startsWith("classbell_outbox_messages{"))
			.hasSize(18);
	}

	@Test
	void letsTheMetricsTokenReadTheSameGauges() {
		queued("sms", "Петрова Ирина", 45, 45);

		Response scrape = get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN);

		assertThat(scrape.status()).isEqualTo(200);
		assertThat(metrics(scrape.body()))
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"queued\"}", 1.0)
			.containsEntry("classbell_outbox_oldest_queued_age_seconds", 45.0);
	}

	@Test
	void agesTheOldestDueMessageByTheClockAndReadsTheDatabaseOncePerTenSeconds() {
		queued("telegram", "Алексеева Ольга", 120, 120);
		assertThat(scrapeAsAdmin()).containsEntry("classbell_outbox_oldest_queued_age_seconds", 120.0);

		queued("sms", "Петрова Ирина", 600, 600);
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(scrapeAsAdmin()).as("within ten seconds of the last reading")
			.containsEntry("classbell_outbox_oldest_queued_age_seconds", 120.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"sms\"}", 0.0);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(scrapeAsAdmin()).containsEntry("classbell_outbox_oldest_queued_age_seconds", 610.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"sms\"}", 1.0);
	}

	@Test
	void leavesMessagesHeldForQuietHoursOrScheduledLaterOutOfTheWait() {
		// written at 23:00 the evening before, held by quiet hours until 08:00 tomorrow
		queued("telegram", "Алексеева Ольга", 36_000, -79_200);
		// a retry in ten minutes
		queued("sms", "Петрова Ирина", 7200, -600);

		Map<String, Double> metrics = scrapeAsAdmin();

		assertThat(metrics).containsEntry("classbell_outbox_oldest_queued_age_seconds", 0.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"telegram\"}", 0.0)
			.containsEntry("classbell_outbox_due_messages{channel=\"sms\"}", 0.0)
			.containsEntry("classbell_outbox_messages{channel=\"telegram\",status=\"queued\"}", 1.0)
			.containsEntry("classbell_outbox_messages{channel=\"sms\",status=\"queued\"}", 1.0);
	}

	@Test
	void showsTheReportRunsOfTheLastDayAndWhenEachReportLastFinished() {
		Instant finished = this.now.minusSeconds(7200);
		reportRun("day", this.now.minusSeconds(7300), finished);
		reportRun("day", this.now.minusSeconds(600), null);
		reportRun("week", this.now.minus(Duration.ofDays(5)), this.now.minus(Duration.ofDays(5)).plusSeconds(40));

		Map<String, Double> metrics = scrapeAsAdmin();

		assertThat(metrics).containsEntry("classbell_report_runs{period=\"day\",status=\"finished\"}", 1.0)
			.containsEntry("classbell_report_runs{period=\"day\",status=\"running\"}", 1.0)
			.containsEntry("classbell_report_runs{period=\"week\",status=\"finished\"}", 0.0)
			.containsEntry("classbell_report_runs{period=\"term\",status=\"running\"}", 0.0)
			.containsEntry("classbell_report_last_finished_timestamp_seconds{period=\"day\"}",
					(double) finished.getEpochSecond())
			.containsEntry("classbell_report_last_finished_timestamp_seconds{period=\"week\"}",
					(double) this.now.minus(Duration.ofDays(5)).plusSeconds(40).getEpochSecond());
		assertThat(metrics.get("classbell_report_last_finished_timestamp_seconds{period=\"month\"}")).isNaN();
	}

	@Test
	void refusesTheMetricsTokenEverywhereElseAndChangesNothing() {
		String changed = ROSTER.replace("Анна", "Анастасия");

		Response imported = post("/api/import/roster", "text/csv", changed, "Authorization", "Bearer " + METRICS_TOKEN,
				"Accept-Language", "en");
		Response outbox = get("/api/outbox", "Authorization", "Bearer " + METRICS_TOKEN);
		Response settings = put("/api/settings", "application/json", "{\"smsTransliteration\": true}", "Authorization",
				"Bearer " + METRICS_TOKEN);

		assertThat(imported.status()).isEqualTo(403);
		assertThat(imported.contentType()).startsWith("application/json");
		assertThat(imported.json().get("message").asString())
			.isEqualTo("The metrics token reads /actuator/prometheus only");
		assertThat(outbox.status()).isEqualTo(403);
		assertThat(outbox.json().get("message").asString())
			.isEqualTo("Токен метрик открывает только /actuator/prometheus");
		assertThat(settings.status()).isEqualTo(403);
		assertThat(get("/actuator", "Authorization", "Bearer " + METRICS_TOKEN).status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select first_name from student where last_name = 'Петрова'")
			.query(String.class)
			.single()).isEqualTo("Анна");
		assertThat(
				get("/api/settings", "Authorization", "Bearer " + TOKEN).json().get("smsTransliteration").asBoolean())
			.isFalse();
	}

	@Test
	void refusesAWrongTokenOrNoneWithJson() {
		Response wrong = get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN + "x");
		Response none = get("/actuator/prometheus");
		Response basic = get("/actuator/prometheus", "Authorization", "Basic " + METRICS_TOKEN);

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.contentType()).startsWith("application/json");
		assertThat(wrong.json().get("message").asString()).isEqualTo("Неверный токен администратора");
		assertThat(wrong.body()).doesNotContain("classbell_");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("path").asString()).isEqualTo("/actuator/prometheus");
		assertThat(basic.status()).isEqualTo(401);
	}

	@Test
	void scrapesNoPersonalData() {
		queued("telegram", "Алексеева Ольга", 60, 60);
		queued("sms", "Петрова Ирина", 60, 60);
		written("sms", "failed", 60);
		get("/api/outbox", "Authorization", "Bearer " + TOKEN);
		get("/api/guardians?class=5А", "Authorization", "Bearer " + TOKEN);

		String scrape = get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN).body();

		assertThat(scrape).contains("classbell_outbox_messages").contains("classbell_report_runs");
		assertThat(scrape).doesNotContain("79110000001", "9110000001", "9110000002", "911) 000", "Алексеев", "Петров",
				"Ольга", "Ирина", "Борис", "Анна", "Школа", TOKEN, METRICS_TOKEN);
	}

	private Map<String, Double> scrapeAsAdmin() {
		Response scrape = get("/actuator/prometheus", "Authorization", "Bearer " + TOKEN);
		assertThat(scrape.status()).isEqualTo(200);
		return metrics(scrape.body());
	}

	/**
	 * The samples of ClassBell's own metrics in a scrape, by name and labels.
	 */
	private static Map<String, Double> metrics(String scrape) {
		Map<String, Double> samples = new LinkedHashMap<>();
		scrape.lines().filter((line) -> line.startsWith("classbell_")).forEach((line) -> {
			int space = line.lastIndexOf(' ');
			samples.put(line.substring(0, space), Double.valueOf(line.substring(space + 1)));
		});
		return samples;
	}

	/**
	 * A queued message to the guardian, written {@code ageSeconds} ago and due
	 * {@code dueSecondsAgo} ago (in the future when negative).
	 */
	private void queued(String channel, String guardian, long ageSeconds, long dueSecondsAgo) {
		insert(channel, "queued", guardian, this.now.minusSeconds(ageSeconds), this.now.minusSeconds(dueSecondsAgo));
	}

	private void written(String channel, String status, long ageSeconds) {
		Instant at = this.now.minusSeconds(ageSeconds);
		insert(channel, status, "Алексеева Ольга", at, at);
	}

	private void insert(String channel, String status, String guardian, Instant created, Instant due) {
		this.jdbc
			.sql("""
					insert into notification (school_id, guardian_id, kind, channel, address, body, status, next_attempt_at,
					                          created_at, updated_at, lease_until)
					select g.school_id, g.id, 'announcement', :channel, case when :channel = 'sms' then g.phone else '4242' end,
					       'Алексеев Борис: пропуск', :status, :due, :created, :created,
					       case when :status = 'sending' then cast(:due as timestamptz) + interval '5 minutes' end
					from guardian g where g.full_name = :guardian
					""")
			.param("channel", channel)
			.param("status", status)
			.param("guardian", guardian)
			.param("created", Timestamps.of(created))
			.param("due", Timestamps.of(due))
			.update();
	}

	private void reportRun(String period, Instant started, Instant finished) {
		this.jdbc.sql("""
				insert into report_run (school_id, period, period_from, period_to, started_by, node, started_at,
				                        finished_at)
				values (?, ?, date '2026-11-23', date '2026-11-25', 'schedule', 'node-1', ?, ?)
				""").params(this.school, period, Timestamps.of(started), Timestamps.of(finished)).update();
	}

}
