package org.classbell.app.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.classbell.notifier.outbox.ChannelDelivery;
import org.classbell.notifier.outbox.DeliveryReport;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.monitoring.ClassSubscriptions;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.SchoolSubscriptions;
import org.classbell.store.monitoring.SubscriptionFigures;
import org.classbell.store.monitoring.TeacherClass;

/**
 * The JSON shapes of the monitoring reports.
 */
final class Views {

	private Views() {
	}

	/**
	 * {@code /api/monitoring/teachers}: the period, today, and a row per teacher and
	 * class.
	 */
	record Teachers(LocalDate from, LocalDate to, LocalDate today, List<Teacher> teachers) {

		static Teachers of(DayRange period, LocalDate today, List<TeacherClass> rows) {
			return new Teachers(period.from(), period.to(), today, rows.stream().map(Teacher::of).toList());
		}

	}

	/**
	 * A teacher in a class.
	 */
	record Teacher(long teacherId, String teacher, long classId, @JsonProperty("class") String className,
			boolean attendanceOnly, List<String> subjects, LocalDate lastMark, Integer daysSinceLastMark, int lessons,
			int lessonsWithoutAttendance) {

		static Teacher of(TeacherClass row) {
			return new Teacher(row.teacherId().value(), row.teacher().full(), row.classId().value(), row.className(),
					row.attendanceOnly(), row.subjects(), row.lastMark(), row.daysSinceLastMark(), row.lessons(),
					row.lessonsWithoutAttendance());
		}

	}

	/**
	 * {@code /api/monitoring/subscriptions}: a row per class, and the school's total.
	 */
	record Subscriptions(List<ClassFigures> classes, Figures total) {

		static Subscriptions of(SchoolSubscriptions school) {
			return new Subscriptions(school.classes().stream().map(ClassFigures::of).toList(),
					Figures.of(school.total()));
		}

	}

	/**
	 * A class's students and how many have a subscribed guardian, in all and by channel.
	 */
	record ClassFigures(long classId, @JsonProperty("class") String className, int students, int subscribed,
			BigDecimal share, int telegram, int sms, int max) {

		static ClassFigures of(ClassSubscriptions row) {
			SubscriptionFigures figures = row.figures();
			return new ClassFigures(row.classId().value(), row.className(), figures.students(), figures.subscribed(),
					figures.share(), figures.telegram(), figures.sms(), figures.max());
		}

	}

	/**
	 * The school's students and how many have a subscribed guardian.
	 */
	record Figures(int students, int subscribed, BigDecimal share, int telegram, int sms, int max) {

		static Figures of(SubscriptionFigures figures) {
			return new Figures(figures.students(), figures.subscribed(), figures.share(), figures.telegram(),
					figures.sms(), figures.max());
		}

	}

	/**
	 * {@code /api/monitoring/delivery}: per channel and in all, opt-outs, SMS segments.
	 */
	record Delivery(LocalDate from, LocalDate to, List<Channel> channels, Channel total, int optOuts,
			Segments smsSegments) {

		static Delivery of(DeliveryReport report) {
			return new Delivery(report.period().from(), report.period().to(),
					report.channels().stream().map(Channel::of).toList(), Channel.of(report.total()), report.optOuts(),
					Segments.of(report.smsSegments()));
		}

	}

	/**
	 * The messages of one channel (or of all) by what became of them.
	 */
	record Channel(@JsonInclude(JsonInclude.Include.NON_NULL) String channel, int sent, int delivered, int failed,
			int cancelled, int waiting, int total) {

		static Channel of(ChannelDelivery row) {
			return new Channel((row.channel() != null) ? row.channel().code() : null, row.sent(), row.delivered(),
					row.failed(), row.cancelled(), row.waiting(), row.total());
		}

	}

	/**
	 * The SMS segments spent: in all, per day and per month.
	 */
	record Segments(int total, List<SmsSegments.Day> days, List<SmsSegments.Month> months) {

		static Segments of(SmsSegments segments) {
			return new Segments(segments.total(), segments.days(), segments.months());
		}

	}

	/**
	 * {@code /api/monitoring/sms-segments}: the period and its SMS segments.
	 */
	record SegmentsReport(LocalDate from, LocalDate to, int total, List<SmsSegments.Day> days,
			List<SmsSegments.Month> months) {

		static SegmentsReport of(DayRange period, SmsSegments segments) {
			return new SegmentsReport(period.from(), period.to(), segments.total(), segments.days(), segments.months());
		}

	}

}
