package org.classbell.app.console.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.classbell.app.reports.TermRules;
import org.classbell.app.settings.SettingsChange;
import org.classbell.app.settings.SettingsRequest;
import org.classbell.app.web.ApiErrors.FieldProblem;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.SchoolCalendar.Term;
import org.classbell.store.school.SchoolSchedule;
import org.classbell.store.school.SegmentBudgets;

/**
 * Reads the settings form: the school's settings through {@link SettingsRequest}, as
 * {@code PUT /api/settings} reads them, and the report times and terms as
 * {@code PUT /api/schedules} and {@code PUT /api/terms} take them. Every wrong field is a
 * {@link Problem}; nothing is to be written while there is one.
 */
final class SettingsCheck {

	/** The most terms a school keeps. */
	static final int MAX_TERMS = 12;

	/** How much of a wrong value a message repeats. */
	private static final int SHOWN = 40;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry(SettingsRequest.QUIET_HOURS, "quietFrom"),
			Map.entry(SettingsRequest.QUIET_HOURS + ".from", "quietFrom"),
			Map.entry(SettingsRequest.QUIET_HOURS + ".to", "quietTo"),
			Map.entry(SettingsRequest.TEACHER_QUIET_HOURS, "teacherQuietFrom"),
			Map.entry(SettingsRequest.TEACHER_QUIET_HOURS + ".from", "teacherQuietFrom"),
			Map.entry(SettingsRequest.TEACHER_QUIET_HOURS + ".to", "teacherQuietTo"),
			Map.entry(SettingsRequest.SEGMENTS + ".alert", "segmentsAlert"),
			Map.entry(SettingsRequest.SEGMENTS + ".announcement", "segmentsAnnouncement"),
			Map.entry(SettingsRequest.SEGMENTS + ".report", "segmentsReport"),
			Map.entry(SettingsRequest.PHONE_REGION, "phoneRegion"), Map.entry(SettingsRequest.TIME_ZONE, "timeZone"),
			Map.entry(SettingsRequest.TRANSLITERATION, "smsTransliteration"),
			Map.entry(SettingsRequest.ILLNESS_EXCUSES, "illnessExcuses"));

	private final List<Problem> problems = new ArrayList<>();

	private SettingsCheck() {
	}

	/**
	 * Reads the form against the school's report times as they are.
	 * @param databaseZones whether the database knows a time zone
	 */
	static Checked read(SettingsForm form, SchoolSchedule current, Predicate<ZoneId> databaseZones) {
		SettingsCheck check = new SettingsCheck();
		SettingsChange settings = check.settings(form, databaseZones);
		SchoolSchedule schedule = check.schedule(form, current);
		List<Term> terms = check.terms(form.getTerms());
		return check.problems.isEmpty() ? new Checked(settings, schedule, terms, List.of())
				: new Checked(null, null, null, List.copyOf(check.problems));
	}

	private SettingsChange settings(SettingsForm form, Predicate<ZoneId> databaseZones) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode body = json.objectNode();
		ObjectNode quiet = body.putObject(SettingsRequest.QUIET_HOURS);
		quiet.put("from", text(form.getQuietFrom()));
		quiet.put("to", text(form.getQuietTo()));
		body.put(SettingsRequest.TRANSLITERATION, form.isSmsTransliteration());
		if (!text(form.getTeacherQuietFrom()).isEmpty() || !text(form.getTeacherQuietTo()).isEmpty()) {
			// both left out (a form from before they were on the page) leaves them as
			// they are
			ObjectNode teacherQuiet = body.putObject(SettingsRequest.TEACHER_QUIET_HOURS);
			teacherQuiet.put("from", text(form.getTeacherQuietFrom()));
			teacherQuiet.put("to", text(form.getTeacherQuietTo()));
		}
		body.put(SettingsRequest.ILLNESS_EXCUSES, form.isIllnessExcuses());
		ObjectNode segments = body.putObject(SettingsRequest.SEGMENTS);
		segments(segments, "alert", form.getSegmentsAlert());
		segments(segments, "announcement", form.getSegmentsAnnouncement());
		segments(segments, "report", form.getSegmentsReport());
		body.put(SettingsRequest.PHONE_REGION, text(form.getPhoneRegion()));
		body.put(SettingsRequest.TIME_ZONE, text(form.getTimeZone()));
		SettingsRequest.Read read = SettingsRequest.read(body, databaseZones);
		for (FieldProblem problem : read.problems()) {
			String field = FIELDS.getOrDefault(problem.field(), "quietFrom");
			Object value = problem.arguments().get("value");
			this.problems
				.add(new Problem(field, "settings.error." + problem.key().substring(problem.key().lastIndexOf('.') + 1),
						shown((value != null) ? value.toString() : ""), SegmentBudgets.MIN, SegmentBudgets.MAX));
		}
		return read.change();
	}

	/**
	 * A budget: empty returns it to the server's default, a whole number is the number,
	 * anything else is passed on as text for {@link SettingsRequest} to refuse.
	 */
	private static void segments(ObjectNode segments, String name, String value) {
		String text = text(value);
		if (text.isEmpty()) {
			segments.putNull(name);
		}
		else if (text.matches("\\d{1,9}")) {
			segments.put(name, Integer.parseInt(text));
		}
		else {
			segments.put(name, text);
		}
	}

	private SchoolSchedule schedule(SettingsForm form, SchoolSchedule current) {
		LocalTime daily = time("reportDaily", form.getReportDaily());
		LocalTime weekly = time("reportWeeklyAt", form.getReportWeeklyAt());
		LocalTime monthly = time("reportMonthly", form.getReportMonthly());
		LocalTime term = time("reportTerm", form.getReportTerm());
		DayOfWeek day = null;
		String weekday = text(form.getReportWeeklyDay());
		if (weekday.matches("[1-7]")) {
			day = DayOfWeek.of(Integer.parseInt(weekday));
		}
		else {
			this.problems.add(new Problem("reportWeeklyDay", "settings.error.day", shown(weekday)));
		}
		if (daily == null || weekly == null || monthly == null || term == null || day == null) {
			return null;
		}
		return new SchoolSchedule(current.school(), current.zone(), daily, day, weekly, monthly, term);
	}

	/**
	 * A report time as {@code PUT /api/schedules} takes it.
	 */
	private LocalTime time(String field, String value) {
		try {
			return LocalTime.parse(text(value));
		}
		catch (DateTimeParseException ex) {
			this.problems.add(new Problem(field, "settings.error.time", shown(text(value))));
			return null;
		}
	}

	private List<Term> terms(List<SettingsForm.TermRow> rows) {
		List<Term> terms = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		int filled = 0;
		for (int i = 0; i < rows.size(); i++) {
			SettingsForm.TermRow row = rows.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			filled++;
			if (filled > MAX_TERMS) {
				this.problems.add(new Problem("term-" + i + "-name", "settings.error.terms_many", MAX_TERMS));
				break;
			}
			String name = text(row.getName());
			if (name.isEmpty() || name.length() > 100) {
				this.problems.add(new Problem("term-" + i + "-name", "settings.error.term_name", i + 1));
			}
			LocalDate from = day("term-" + i + "-from", row.getFrom(), i);
			LocalDate to = day("term-" + i + "-to", row.getTo(), i);
			if (from != null && to != null && to.isBefore(from)) {
				this.problems.add(new Problem("term-" + i + "-to", "settings.error.term_order", i + 1));
			}
			else if (from != null && to != null && !name.isEmpty() && name.length() <= 100) {
				terms.add(new Term(name, new Period(from, to)));
				numbers.add(i);
			}
		}
		TermRules.overlap(terms).ifPresent((overlap) -> {
			int second = numbers.get(terms.indexOf(overlap.second()));
			this.problems.add(new Problem("term-" + second + "-from", "settings.error.term_overlap",
					overlap.first().name(), overlap.second().name()));
		});
		return TermRules.inOrder(terms);
	}

	/**
	 * A term's day as {@code 01.09.2026} or {@code 2026-09-01}.
	 */
	private LocalDate day(String field, String value, int row) {
		String text = text(value);
		try {
			return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
		}
		catch (DateTimeParseException ex) {
			this.problems.add(new Problem(field, "settings.error.term_day", row + 1, shown(text)));
			return null;
		}
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String shown(String text) {
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN) + "…";
	}

	/**
	 * A wrong field of the form.
	 *
	 * @param field the field's id in the page
	 * @param key the message's key in the page's bundle
	 * @param arguments the message's arguments
	 */
	record Problem(String field, String key, Object... arguments) {

	}

	/**
	 * What the form asks: the settings, report times and terms, or the problems that stop
	 * them.
	 *
	 * @param settings the settings as {@code PUT /api/settings} would change them
	 * @param schedule the report times
	 * @param terms the terms, in order
	 * @param problems every wrong field, in the order of the page
	 */
	record Checked(SettingsChange settings, SchoolSchedule schedule, List<Term> terms, List<Problem> problems) {

	}

}
