package org.classbell.notifier.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.ChannelDelivery;
import org.classbell.notifier.outbox.DeliveryFigures;
import org.classbell.notifier.outbox.DeliveryReport;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.Timestamps;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.monitoring.DayRange;
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
 * Delivery figures on a prepared outbox of a Moscow school, with messages on both sides
 * of the period's bounds (midnight in Moscow, 21:00 UTC).
 */
@SpringBootTest(classes = DeliveryFiguresIntegrationTest.Beans.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DatabaseTest
class DeliveryFiguresIntegrationTest {

	static final DayRange NOVEMBER = new DayRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-25"));

	@Autowired
	DeliveryFigures figures;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	School school;

	School other;

	@BeforeEach
	void outbox() {
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		this.other = this.schools.ensure("Школа №2", ZoneId.of("Europe/Moscow"));
		telegram("sent", "2026-11-03T10:00:00Z");
		telegram("sent", "2026-10-31T21:00:00Z");
		telegram("failed", "2026-11-10T10:00:00Z");
		telegram("cancelled", "2026-11-11T10:00:00Z");
		telegram("queued", "2026-11-25T20:59:00Z");
		telegram("sent", "2026-10-31T20:59:00Z");
		notification(this.school, "max", "sent", "2026-11-12T10:00:00Z", null, null);
		notification(this.school, "max", "failed", "2026-11-13T10:00:00Z", null, null);
		sms(this.school, "delivered", "2026-11-02T08:00:00Z", "2026-11-02T08:00:05Z", 2);
		sms(this.school, "delivered", "2026-11-02T20:00:00Z", "2026-11-02T21:30:00Z", 3);
		sms(this.school, "sent", "2026-11-24T09:00:00Z", "2026-11-24T09:00:01Z", 1);
		sms(this.school, "failed", "2026-11-24T10:00:00Z", null, 2);
		sms(this.school, "sending", "2026-11-25T06:00:00Z", null, 1);
		sms(this.school, "queued", "2026-11-25T06:10:00Z", null, 1);
		sms(this.school, "delivered", "2026-10-31T20:00:00Z", "2026-10-31T21:10:00Z", 4);
		sms(this.school, "cancelled", "2026-11-05T10:00:00Z", null, 1);
		sms(this.other, "delivered", "2026-11-05T10:00:00Z", "2026-11-05T10:00:01Z", 10);
		guardian(this.school, "2026-11-05T10:00:00Z");
		guardian(this.school, "2026-10-31T20:00:00Z");
		guardian(this.school, "2026-11-25T20:30:00Z");
		guardian(this.school, null);
		guardian(this.other, "2026-11-05T10:00:00Z");
	}

	@Test
	void countsTheMessagesWrittenInThePeriodByChannelAndStatus() {
		DeliveryReport report = this.figures.of(this.school, NOVEMBER);

		assertThat(report.channels()).containsExactly(new ChannelDelivery(Channel.TELEGRAM, 2, 0, 1, 1, 1),
				new ChannelDelivery(Channel.MAX, 1, 0, 1, 0, 0), new ChannelDelivery(Channel.SMS, 3, 2, 1, 1, 2));
		assertThat(report.total()).isEqualTo(new ChannelDelivery(null, 6, 2, 3, 2, 3));
		assertThat(report.total().total()).isEqualTo(14);
		assertThat(report.optOuts()).isEqualTo(2);
	}

	@Test
	void sumsTheSegmentsOfSentSmsByTheDayTheyWentInTheSchoolsZone() {
		SmsSegments segments = this.figures.of(this.school, NOVEMBER).smsSegments();

		assertThat(segments.days()).hasSize(25);
		assertThat(segments.days()).filteredOn((day) -> day.segments() > 0)
			.containsExactly(new SmsSegments.Day(LocalDate.parse("2026-11-01"), 4),
					new SmsSegments.Day(LocalDate.parse("2026-11-02"), 2),
					new SmsSegments.Day(LocalDate.parse("2026-11-03"), 3),
					new SmsSegments.Day(LocalDate.parse("2026-11-24"), 1));
		assertThat(segments.months()).containsExactly(new SmsSegments.Month(YearMonth.parse("2026-11"), 10));
		assertThat(segments.total()).isEqualTo(10);
	}

	@Test
	void splitsTheSegmentsOfAPeriodAcrossMonths() {
		SmsSegments segments = this.figures.smsSegments(this.school,
				new DayRange(LocalDate.parse("2026-10-30"), LocalDate.parse("2026-11-02")));

		assertThat(segments.days()).extracting(SmsSegments.Day::segments).containsExactly(0, 0, 4, 2);
		assertThat(segments.months()).containsExactly(new SmsSegments.Month(YearMonth.parse("2026-10"), 0),
				new SmsSegments.Month(YearMonth.parse("2026-11"), 6));
	}

	@Test
	void reportsEveryChannelWhenNothingWasSent() {
		DeliveryReport report = this.figures.of(this.school,
				new DayRange(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30")));

		assertThat(report.channels()).containsExactly(new ChannelDelivery(Channel.TELEGRAM, 0, 0, 0, 0, 0),
				new ChannelDelivery(Channel.MAX, 0, 0, 0, 0, 0), new ChannelDelivery(Channel.SMS, 0, 0, 0, 0, 0));
		assertThat(report.optOuts()).isZero();
		assertThat(report.smsSegments().total()).isZero();
	}

	private void telegram(String status, String created) {
		notification(this.school, "telegram", status, created, null, null);
	}

	private void sms(School school, String status, String created, String sent, int segments) {
		notification(school, "sms", status, created, sent, segments);
	}

	private void notification(School school, String channel, String status, String created, String sent,
			Integer segments) {
		Instant at = Instant.parse(created);
		this.jdbc.sql("""
				insert into notification (school_id, kind, channel, address, body, status, next_attempt_at, created_at,
				                          updated_at, sent_at, segments, lease_until)
				values (:school, 'announcement', :channel, '+79110000001', 'text', :status, :at, :at, :at, :sent,
				        :segments, case when :status = 'sending' then :at end)
				""")
			.param("school", school.id().value())
			.param("channel", channel)
			.param("status", status)
			.param("at", Timestamps.of(at))
			.param("sent", (sent != null) ? Timestamps.of(Instant.parse(sent)) : null,
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("segments", segments, java.sql.Types.SMALLINT)
			.update();
	}

	private void guardian(School school, String optedOut) {
		this.jdbc.sql("""
				insert into guardian (school_id, full_name, name_key, opted_out_at)
				values (?, 'Родитель', 'родитель', ?)
				""")
			.params(school.id().value(), (optedOut != null) ? Timestamps.of(Instant.parse(optedOut)) : null)
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ DeliveryFigures.class, Schools.class, AuditTrail.class })
	static class Beans {

	}

}
