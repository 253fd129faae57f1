package org.classbell.app.monitoring;

import java.util.List;

import org.classbell.notifier.outbox.ChannelDelivery;
import org.classbell.notifier.outbox.DailyDelivery;
import org.classbell.notifier.outbox.DeliveryReport;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.monitoring.SchoolSubscriptions;
import org.classbell.store.monitoring.SubscriptionFigures;
import org.classbell.store.monitoring.TeacherClass;

/**
 * The CSV forms of the monitoring reports: the rows of the JSON form, flattened.
 */
public final class Tables {

	private Tables() {
	}

	public static CsvTable teachers(List<TeacherClass> rows) {
		CsvTable table = new CsvTable("teacher", "class", "subjects", "attendance_only", "last_mark",
				"days_since_last_mark", "lessons", "lessons_without_attendance");
		rows.forEach((row) -> table.row(row.teacher().full(), row.className(), String.join("; ", row.subjects()),
				row.attendanceOnly(), row.lastMark(), row.daysSinceLastMark(), row.lessons(),
				row.lessonsWithoutAttendance()));
		return table;
	}

	/**
	 * A row per class, then the school's, named by the given word.
	 */
	public static CsvTable subscriptions(SchoolSubscriptions school, String total) {
		CsvTable table = new CsvTable("class", "students", "subscribed", "share", "telegram", "sms", "max");
		school.classes().forEach((row) -> subscriptions(table, row.className(), row.figures()));
		subscriptions(table, total, school.total());
		return table;
	}

	/**
	 * A row per channel, then {@code total} with the opt-outs, which are the school's.
	 */
	public static CsvTable delivery(DeliveryReport report) {
		CsvTable table = new CsvTable("channel", "sent", "delivered", "failed", "cancelled", "waiting", "total",
				"opt_outs");
		report.channels().forEach((row) -> delivery(table, row.channel().code(), row, null));
		delivery(table, "total", report.total(), report.optOuts());
		return table;
	}

	/**
	 * A row per day and channel.
	 */
	public static CsvTable deliveryByDay(List<DailyDelivery> days) {
		CsvTable table = new CsvTable("day", "channel", "sent", "delivered", "failed");
		days.forEach((row) -> table.row(row.day(), row.channel().code(), row.sent(), row.delivered(), row.failed()));
		return table;
	}

	public static CsvTable segmentsByDay(SmsSegments segments) {
		CsvTable table = new CsvTable("day", "segments");
		segments.days().forEach((day) -> table.row(day.day(), day.segments()));
		return table;
	}

	public static CsvTable segmentsByMonth(SmsSegments segments) {
		CsvTable table = new CsvTable("month", "segments");
		segments.months().forEach((month) -> table.row(month.month(), month.segments()));
		return table;
	}

	private static void subscriptions(CsvTable table, String name, SubscriptionFigures figures) {
		// MAX came after the file's first readers: its column is the last, so that theirs
		// stay
		table.row(name, figures.students(), figures.subscribed(), figures.share(), figures.telegram(), figures.sms(),
				figures.max());
	}

	private static void delivery(CsvTable table, String name, ChannelDelivery row, Integer optOuts) {
		table.row(name, row.sent(), row.delivered(), row.failed(), row.cancelled(), row.waiting(), row.total(),
				optOuts);
	}

}
