package org.classbell.notifier.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.notifier.outbox.QueueFigures;
import org.classbell.notifier.outbox.QueueReport;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the outbox of two schools stands for the metrics, at 09:30 in Moscow (06:30 UTC):
 * what is due, what quiet hours or a retry hold, and what went in the last 24 hours.
 */
@SpringBootTest(classes = QueueFiguresIntegrationTest.Beans.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DatabaseTest
class QueueFiguresIntegrationTest {

	static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

	@Autowired
	QueueFigures figures;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	School school;

	School other;

	@BeforeEach
	void schools() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		this.other = this.schools.ensure("Школа №2", ZoneId.of("Europe/Moscow"));
	}

	@Test
	void countsTheQueueOfEverySchoolWhateverItsAge() {
		notification(this.school, "telegram", "queued", "2026-11-25T06:00:00Z", "2026-11-25T06:20:00Z");
		notification(this.other, "telegram", "queued", "2026-11-25T06:25:00Z", "2026-11-25T06:25:00Z");
		notification(this.school, "telegram", "queued", "2026-11-20T10:00:00Z", "2026-11-25T06:29:00Z");
		notification(this.school, "sms", "queued", "2026-11-25T06:29:30Z", "2026-11-25T06:29:30Z");
		notification(this.school, "telegram", "sending", "2026-11-25T06:29:00Z", "2026-11-25T06:29:00Z");
		notification(this.school, "sms", "sent", "2026-11-25T06:00:00Z", "2026-11-25T06:00:00Z");

		QueueReport queue = this.figures.queue(NOW);

		assertThat(queue.messages(Channel.TELEGRAM, NotificationStatus.QUEUED)).isEqualTo(3);
		assertThat(queue.messages(Channel.SMS, NotificationStatus.QUEUED)).isEqualTo(1);
		assertThat(queue.messages(Channel.TELEGRAM, NotificationStatus.SENDING)).isEqualTo(1);
		assertThat(queue.messages(Channel.SMS, NotificationStatus.SENDING)).isZero();
		assertThat(queue.messages(Channel.SMS, NotificationStatus.SENT)).isZero();
		assertThat(queue.due(Channel.TELEGRAM)).isEqualTo(3);
		assertThat(queue.due(Channel.SMS)).isEqualTo(1);
		assertThat(queue.oldestDueWait()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void countsWhatLeftTheQueueInTheLastDay() {
		notification(this.school, "sms", "sent", "2026-11-24T06:30:00Z", "2026-11-24T06:30:00Z");
		notification(this.other, "sms", "sent", "2026-11-25T06:00:00Z", "2026-11-25T06:00:00Z");
		notification(this.school, "sms", "sent", "2026-11-24T06:29:59Z", "2026-11-24T06:29:59Z");
		notification(this.school, "sms", "delivered", "2026-11-25T01:00:00Z", "2026-11-25T01:00:00Z");
		notification(this.school, "telegram", "failed", "2026-11-24T12:00:00Z", "2026-11-24T12:00:00Z");
		notification(this.school, "telegram", "failed", "2026-11-23T12:00:00Z", "2026-11-23T12:00:00Z");
		notification(this.school, "telegram", "cancelled", "2026-11-25T06:10:00Z", "2026-11-25T06:10:00Z");
		notification(this.school, "telegram", "queued", "2026-11-25T06:00:00Z", "2026-11-25T06:20:00Z");

		QueueReport recent = this.figures.recent(NOW);

		assertThat(recent.counts()).containsExactlyInAnyOrder(
				new QueueReport.Count(Channel.SMS, NotificationStatus.SENT, 2, 0),
				new QueueReport.Count(Channel.SMS, NotificationStatus.DELIVERED, 1, 0),
				new QueueReport.Count(Channel.TELEGRAM, NotificationStatus.FAILED, 1, 0),
				new QueueReport.Count(Channel.TELEGRAM, NotificationStatus.CANCELLED, 1, 0));
		assertThat(recent.oldestDueWait()).isZero();
	}

	@Test
	void leavesWhatQuietHoursOrARetryHoldOutOfTheDueAndTheirWait() {
		// written at 22:00 in Moscow, held by quiet hours until 08:00 tomorrow
		notification(this.school, "telegram", "queued", "2026-11-24T19:00:00Z", "2026-11-26T05:00:00Z");
		// a retry in five minutes
		notification(this.school, "sms", "queued", "2026-11-25T05:00:00Z", "2026-11-25T06:35:00Z");

		QueueReport report = this.figures.queue(NOW);

		assertThat(report.messages(Channel.TELEGRAM, NotificationStatus.QUEUED)).isEqualTo(1);
		assertThat(report.messages(Channel.SMS, NotificationStatus.QUEUED)).isEqualTo(1);
		assertThat(report.due(Channel.TELEGRAM)).isZero();
		assertThat(report.due(Channel.SMS)).isZero();
		assertThat(report.oldestDue()).isNull();
		assertThat(report.oldestDueWait()).isZero();
	}

	@Test
	void measuresTheWaitFromTheMomentAHeldMessageBecameDue() {
		notification(this.school, "telegram", "queued", "2026-11-24T19:00:00Z", "2026-11-25T05:00:00Z");

		QueueReport report = this.figures.queue(NOW);

		assertThat(report.due(Channel.TELEGRAM)).isEqualTo(1);
		assertThat(report.oldestDueWait()).isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void readsAnEmptyOutboxAsNothingWaiting() {
		QueueReport queue = this.figures.queue(NOW);

		assertThat(queue.counts()).isEmpty();
		assertThat(queue.due(Channel.SMS)).isZero();
		assertThat(queue.oldestDueWait()).isZero();
		assertThat(this.figures.recent(NOW).counts()).isEmpty();
	}

	private void notification(School school, String channel, String status, String created, String due) {
		Instant at = Instant.parse(created);
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at, lease_until)
				values (:school, 'announcement', :channel, '+79110000001', 'text', :status, :due, :at, :at,
				        case when :status = 'sending' then :due end)
				""")
			.param("school", school.id().value())
			.param("channel", channel)
			.param("status", status)
			.param("at", Timestamps.of(at))
			.param("due", Timestamps.of(Instant.parse(due)))
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ QueueFigures.class, Schools.class, AuditTrail.class })
	static class Beans {

	}

}
