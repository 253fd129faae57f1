package org.classbell.app.console.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/** The channels of the delivery chart and table, in their order. */
	static final List<Channel> CHANNELS = List.of(Channel.values());

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
			.forEach((row) -> table.add(new ClassRow(row.className(), row.figures().students(),
					row.figures().subscribed(), percent(row.figures().share()), row.figures().telegram(),
					row.figures().max(), row.figures().sms(), false)));
		table.add(new ClassRow(text("monitoring.total"), school.total().students(), school.total().subscribed(),
				percent(school.total().share()), school.total().telegram(), school.total().max(), school.total().sms(),
				true));
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
		Map<LocalDate, Map<Channel, DailyDelivery>> byDay = new LinkedHashMap<>();
		days.forEach((row) -> byDay.computeIfAbsent(row.day(), (day) -> new EnumMap<>(Channel.class))
			.put(row.channel(), row));
		List<String> points = new ArrayList<>();
		List<DeliveryRow> table = new ArrayList<>();
		Map<Channel, List<List<Integer>>> values = new EnumMap<>(Channel.class);
		for (Channel channel : CHANNELS) {
			values.put(channel, List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		}
		DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("d MMM", this.locale);
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(this.locale);
		byDay.forEach((date, channels) -> {
			points.add(shortDay.format(date));
			List<ChannelCounts> counts = new ArrayList<>();
			for (Channel channel : CHANNELS) {
				DailyDelivery row = channels.get(channel);
				ChannelCounts count = (row != null) ? new ChannelCounts(row.sent(), row.delivered(), row.failed())
						: new ChannelCounts(0, 0, 0);
				counts.add(count);
				List<List<Integer>> series = values.get(channel);
				series.get(0).add(count.sent());
				series.get(1).add(count.delivered());
				series.get(2).add(count.failed());
			}
			table.add(new DeliveryRow(day.format(date), counts));
		});
		List<LineChart.Series> series = new ArrayList<>();
		String[] statuses = { "sent", "delivered", "failed" };
		String[] colours = { BLUE, GREEN, RED };
		for (Channel channel : CHANNELS) {
			for (int status = 0; status < 3; status++) {
				series.add(new LineChart.Series(
						text("monitoring.delivery.series", text("monitoring.channel." + channel.code()),
								text("monitoring.delivery." + statuses[status])),
						colours[status], dashes(channel), values.get(channel).get(status)));
			}
		}
		return new Figure<>(LineChart.svg(summary("monitoring.delivery.title", points.size()), points, series,
				text("monitoring.empty")), table);
	}

	/**
	 * Each channel's lines are drawn their own way: Telegram solid, MAX dotted, SMS
	 * dashed.
	 */
	private static String dashes(Channel channel) {
		return switch (channel) {
			case TELEGRAM -> null;
			case MAX -> "2 3";
			case SMS -> "7 4";
		};
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
	public record ClassRow(String className, int students, int subscribed, String share, int telegram, int max, int sms,
			boolean total) {

	}

	/**
	 * A day's delivery per channel, in the order of {@link #CHANNELS}.
	 */
	public record DeliveryRow(String day, List<ChannelCounts> channels) {

	}

	/**
	 * One channel's messages of a day: sent, delivered and failed.
	 */
	public record ChannelCounts(int sent, int delivered, int failed) {

	}

	/**
	 * A month's SMS segments.
	 */
	public record MonthRow(String month, int segments) {

	}

}
