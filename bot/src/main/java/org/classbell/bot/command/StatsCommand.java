package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.ChannelDelivery;
import org.classbell.notifier.outbox.DeliveryFigures;
import org.classbell.notifier.outbox.DeliveryReport;
import org.classbell.store.PersonName;
import org.classbell.store.monitoring.ClassSubscriptions;
import org.classbell.store.monitoring.DayRange;
import org.classbell.store.monitoring.JournalUpkeep;
import org.classbell.store.monitoring.SchoolSubscriptions;
import org.classbell.store.monitoring.Subscriptions;
import org.classbell.store.monitoring.TeacherClass;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * {@code /stats}: the monitoring reports in short, for the school's administrators: the
 * share of students with a subscribed guardian and the least subscribed classes, the
 * oldest last marks, lessons of the last week with no attendance taken, the week's
 * delivery per channel, and the month's SMS segments.
 */
@Component
class StatsCommand implements Command {

	/** The days the attendance and delivery figures look back, today included. */
	static final int DAYS = 7;

	/** How many classes and teachers each list shows. */
	static final int SHOWN = 3;

	private final Subscriptions subscriptions;

	private final JournalUpkeep upkeep;

	private final DeliveryFigures delivery;

	private final Texts texts;

	StatsCommand(Subscriptions subscriptions, JournalUpkeep upkeep, DeliveryFigures delivery, Texts texts) {
		this.subscriptions = subscriptions;
		this.upkeep = upkeep;
		this.delivery = delivery;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("stats");
	}

	@Override
	public Audience audience() {
		return Audience.ADMIN;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		School school = caller.school().orElseThrow();
		Locale locale = caller.locale();
		DayRange week = DayRange.daysUpTo(caller.today(), DAYS);
		List<String> sections = new ArrayList<>();
		sections.add(this.texts.html(locale, "stats.title", Map.of("date", caller.today())));
		sections.add(subscriptions(locale, this.subscriptions.of(school.id())));
		List<TeacherClass> teachers = this.upkeep.of(school, week, caller.now());
		sections.add(marks(locale, teachers));
		sections.add(this.texts.html(locale, "stats.attendance",
				Map.of("days", DAYS, "missed", teachers.stream().mapToInt(TeacherClass::lessonsWithoutAttendance).sum(),
						"lessons", teachers.stream().mapToInt(TeacherClass::lessons).sum())));
		sections.add(delivery(locale, this.delivery.of(school, week)));
		DayRange month = DayRange.monthUpTo(caller.today());
		sections.add(this.texts.html(locale, "stats.segments",
				Map.of("from", month.from(), "segments", this.delivery.smsSegments(school, month).total())));
		return List.of(new Reply.Send(String.join("\n\n", sections), List.of()));
	}

	private String subscriptions(Locale locale, SchoolSubscriptions school) {
		if (school.total().students() == 0) {
			return this.texts.html(locale, "stats.no_students");
		}
		List<String> least = school.classes()
			.stream()
			.filter((row) -> row.figures().students() > 0)
			.sorted(Comparator.comparing((ClassSubscriptions row) -> row.figures().share()))
			.limit(SHOWN)
			.map((row) -> this.texts.label(locale, "stats.class_share",
					Map.of("class", row.className(), "share", row.figures().share(), "subscribed",
							row.figures().subscribed(), "students", row.figures().students())))
			.toList();
		return this.texts.html(locale, "stats.subscriptions",
				Map.of("share", school.total().share(), "subscribed", school.total().subscribed(), "students",
						school.total().students(), "classes", String.join(", ", least)));
	}

	private String marks(Locale locale, List<TeacherClass> rows) {
		List<String> lines = new ArrayList<>();
		lines.add(this.texts.html(locale, "stats.marks_title"));
		rows.stream()
			.filter((row) -> !row.attendanceOnly())
			.sorted(Comparator.comparing(TeacherClass::lastMark, Comparator.nullsFirst(Comparator.naturalOrder())))
			.limit(SHOWN)
			.forEach((row) -> lines.add((row.lastMark() != null)
					? this.texts.html(locale, "stats.mark",
							Map.of("teacher", initials(row.teacher()), "class", row.className(), "days",
									row.daysSinceLastMark(), "date", row.lastMark()))
					: this.texts.html(locale, "stats.mark_never",
							Map.of("teacher", initials(row.teacher()), "class", row.className()))));
		if (lines.size() == 1) {
			lines.add(this.texts.html(locale, "stats.no_teachers"));
		}
		return String.join("\n", lines);
	}

	private String delivery(Locale locale, DeliveryReport report) {
		List<String> lines = new ArrayList<>();
		lines.add(this.texts.html(locale, "stats.delivery_title", Map.of("days", DAYS)));
		for (ChannelDelivery channel : report.channels()) {
			if (channel.channel() == Channel.MAX && channel.total() == 0) {
				// a school without MAX need not read of it
				continue;
			}
			lines
				.add(this.texts.html(locale, "stats.channel." + channel.channel().code(), Map.of("sent", channel.sent(),
						"delivered", channel.delivered(), "failed", channel.failed(), "waiting", channel.waiting())));
		}
		lines.add(this.texts.html(locale, "stats.opt_outs", Map.of("count", report.optOuts())));
		return String.join("\n", lines);
	}

	/**
	 * A teacher as a list names them: {@code Соколова Е. В.}.
	 */
	static String initials(PersonName name) {
		StringBuilder text = new StringBuilder(name.last()).append(' ').append(name.first().charAt(0)).append('.');
		if (!name.middle().isEmpty()) {
			text.append(' ').append(name.middle().charAt(0)).append('.');
		}
		return text.toString();
	}

}
