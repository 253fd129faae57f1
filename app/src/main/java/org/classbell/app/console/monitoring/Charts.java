package org.classbell.app.console.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.DailyDelivery;
import org.classbell.notifier.outbox.SmsSegments;
import org.classbell.store.PersonName;
import org.classbell.store.monitoring.SchoolSubscriptions;
import org.classbell.store.monitoring.TeacherClass;

import org.springframework.context.MessageSource;

/**
 * Turns the reports into what the page shows: each chart's SVG and its table's rows, in
 * the reader's language.
 */
public final class Charts {

	/** Days since the last mark beyond which a teacher's bar is a warning. */
	static final int LATE_MARKS = 7;

	static final String BLUE = "#0b57a4";

	static final String GREEN = "#176b2c";

	static final String RED = "#b3261e";

	private final MessageSource messages;

	private final Locale locale;

	Charts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Figure<TeacherRow> teachers(List<TeacherClass> rows) {
		List<TeacherRow> table = rows.stream()
			.map((row) -> new TeacherRow(row.teacher().full(), row.className(), String.join(", ", row.subjects()),
					(row.lastMark() != null) ? date(row.lastMark()) : text("monitoring.teachers.never"),
					row.daysSinceLastMark(), row.lessons(), row.lessonsWithoutAttendance(),
					row.daysSinceLastMark() == null || row.daysSinceLastMark() > LATE_MARKS))
			.toList();
		List<BarChart.Bar> bars = rows.stream()
			.filter((row) -> !row.attendanceOnly())
			.map((row) -> new BarChart.Bar(initials(row.teacher()) + ", " + row.className(),
					(row.daysSinceLastMark() != null) ? row.daysSinceLastMark().doubleValue() : null,
					(row.daysSinceLastMark() != null) ? days(row.daysSinceLastMark())
							: text("monitoring.teachers.never"),
					row.daysSinceLastMark() == null || row.daysSinceLastMark() > LATE_MARKS))
			.toList();
		return new Figure<>(
				BarChart.svg(summary("monitoring.teachers.title", bars.size()), bars, 0, text("monitoring.empty")),
				table);
	}

	Figure<ClassRow> subscriptions(SchoolSubscriptions school) {
		List<ClassRow> table = new ArrayList<>();
		school.classes()
			.forEach((row) -> table
				.add(new ClassRow(row.className(), row.figures().students(), row.figures().subscribed(),
						percent(row.figures().share()), row.figures().telegram(), row.figures().sms(), false)));
		table.add(new ClassRow(text("monitoring.total"), school.total().students(), school.total().subscribed(),
				percent(school.total().share()), school.total().telegram(), school.total().sms(), true));
		List<BarChart.Bar> bars = school.classes()
			.stream()
			.map((row) -> new BarChart.Bar(row.className(),
					(row.figures().share() != null) ? row.figures().share().doubleValue() : null,
					(row.figures().share() != null)
							? text("monitoring.subscriptions.bar", percent(row.figures().share()),
									row.figures().subscribed(), row.figures().students())
							: text("monitoring.subscriptions.no_students"),
					false))
			.toList();
		return new Figure<>(BarChart.svg(summary("monitoring.subscriptions.title", bars.size()), bars, 100,
				text("monitoring.empty")), table);
	}

	Figure<DeliveryRow> delivery(List<DailyDelivery> days) {
		List<String> points = new ArrayList<>();
		List<DeliveryRow> table = new ArrayList<>();
		List<List<Integer>> values = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			values.add(new ArrayList<>());
		}
		DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("d MMM", this.locale);
		for (int i = 0; i + 1 < days.size(); i += 2) {
			DailyDelivery telegram = days.get(i);
			DailyDelivery sms = days.get(i + 1);
			points.add(shortDay.format(telegram.day()));
			table.add(new DeliveryRow(
					DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(this.locale).format(telegram.day()),
					telegram.sent(), telegram.delivered(), telegram.failed(), sms.sent(), sms.delivered(),
					sms.failed()));
			int[] all = { telegram.sent(), telegram.delivered(), telegram.failed(), sms.sent(), sms.delivered(),
					sms.failed() };
			for (int series = 0; series < 6; series++) {
				values.get(series).add(all[series]);
			}
		}
		List<LineChart.Series> series = new ArrayList<>();
		String[] statuses = { "sent", "delivered", "failed" };
		String[] colours = { BLUE, GREEN, RED };
		for (Channel channel : List.of(Channel.TELEGRAM, Channel.SMS)) {
			for (int status = 0; status < 3; status++) {
				series.add(new LineChart.Series(
						text("monitoring.delivery.series", text("monitoring.channel." + channel.code()),
								text("monitoring.delivery." + statuses[status])),
						colours[status], (channel == Channel.SMS) ? "7 4" : null,
						values.get(channel.ordinal() * 3 + status)));
			}
		}
		return new Figure<>(LineChart.svg(summary("monitoring.delivery.title", points.size()), points, series,
				text("monitoring.empty")), table);
	}

	Figure<MonthRow> segments(SmsSegments segments) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", this.locale);
		List<MonthRow> table = segments.months()
			.stream()
			.map((row) -> new MonthRow(month.format(row.month()), row.segments()))
			.toList();
		List<BarChart.Bar> bars = table.stream()
			.map((row) -> new BarChart.Bar(row.month(), (double) row.segments(), Integer.toString(row.segments()),
					false))
			.toList();
		return new Figure<>(
				BarChart.svg(summary("monitoring.segments.title", bars.size()), bars, 0, text("monitoring.empty")),
				table);
	}

	private String summary(String title, int count) {
		return text("monitoring.summary", text(title), count);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private String date(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(day);
	}

	private String days(int days) {
		return MeasureFormat.getInstance(ULocale.forLocale(this.locale), MeasureFormat.FormatWidth.SHORT)
			.format(new Measure(days, MeasureUnit.DAY));
	}

	private String percent(BigDecimal share) {
		return (share != null) ? String.format(this.locale, "%.1f %%", share) : "—";
	}

	/**
	 * A teacher as a chart names them: {@code Соколова Е. В.}.
	 */
	static String initials(PersonName name) {
		StringBuilder text = new StringBuilder(name.last());
		if (!name.first().isEmpty()) {
			text.append(' ').append(name.first().charAt(0)).append('.');
		}
		if (!name.middle().isEmpty()) {
			text.append(' ').append(name.middle().charAt(0)).append('.');
		}
		return text.toString();
	}

	/**
	 * A chart and its table's rows.
	 */
	public record Figure<R>(String svg, List<R> rows) {

	}

	/**
	 * A teacher in a class, as the table shows them.
	 */
	public record TeacherRow(String teacher, String className, String subjects, String lastMark, Integer days,
			int lessons, int missed, boolean late) {

	}

	/**
	 * A class's (or the school's) reach.
	 */
	public record ClassRow(String className, int students, int subscribed, String share, int telegram, int sms,
			boolean total) {

	}

	/**
	 * A day's delivery per channel.
	 */
	public record DeliveryRow(String day, int telegramSent, int telegramDelivered, int telegramFailed, int smsSent,
			int smsDelivered, int smsFailed) {

	}

	/**
	 * A month's SMS segments.
	 */
	public record MonthRow(String month, int segments) {

	}

}
