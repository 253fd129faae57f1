package org.classbell.notifier.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.classbell.notifier.outbox.Letterhead;
import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Topic;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.templates.ChatText;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.sms.SmsText;

import org.springframework.stereotype.Component;

/**
 * A student's report as a guardian reads it: in Telegram (HTML, every line) and by SMS
 * (plain, the most important lines first within the report's segment budget, the rest cut
 * with a hint where to read it all). Every line comes from the message catalogue: for a
 * message to a guardian, the school's, headed with its name for a parent in two schools
 * ({@link Letterhead}).
 */
@Component
public class ReportTexts {

	/** The most days a report lists the parents' answers of. */
	static final int ANSWERS_SHOWN = 10;

	private final MessageCatalog messages;

	private final SmsForms forms;

	ReportTexts(MessageCatalog messages, SmsForms forms) {
		this.messages = messages;
		this.forms = forms;
	}

	/**
	 * These texts in the school's catalogue of the letterhead.
	 */
	private ReportTexts in(Letterhead head) {
		MessageCatalog own = head.catalog(this.messages);
		return (own == this.messages) ? this : new ReportTexts(own, this.forms);
	}

	/**
	 * How a school's reports are written by SMS: in Latin letters where it chose them,
	 * within its report budget.
	 * @param school the school's own budgets, where it set them
	 */
	public SmsForms.Form smsForm(boolean transliterate, SegmentBudgets school) {
		return this.forms.form(Budget.REPORT, transliterate, school);
	}

	/**
	 * The report in Telegram HTML, as long as it is: see {@link #parts(String)}.
	 * @param digest whether it is the end-of-day digest rather than a report
	 */
	public String telegram(StudentReport report, Period period, Locale locale, boolean digest) {
		List<String> lines = new ArrayList<>();
		lines.add(html(locale, title(period, digest, "report."), titleArguments(report, period)));
		if (!report.attendanceOnly()) {
			if (report.subjects().isEmpty()) {
				lines.add(html(locale, "report.no_marks", Map.of()));
			}
			for (StudentReport.Subject subject : report.subjects()) {
				Map<String, Object> arguments = new HashMap<>(
						Map.of("subject", subject.name(), "marks", subject.written(), "average", subject.average()));
				if (subject.trend() != null) {
					arguments.put("previous", subject.previousAverage());
					arguments.put("trend", subject.trend());
				}
				lines.add(html(locale, (subject.trend() != null) ? "report.subject_compared" : "report.subject",
						arguments));
			}
		}
		lines.addAll(attendance(report, locale, "report.", "common."));
		if (report.previousAttendance() != null
				&& (report.attendance().hasUnexcused() || report.previousAttendance().hasUnexcused())) {
			lines.add(report.previousAttendance().hasUnexcused()
					? html(locale, "report.missed_before",
							Map.of("what", what(report.previousAttendance().lessons(),
									report.previousAttendance().days(), locale, "common.")))
					: html(locale, "report.missed_before_none", Map.of()));
		}
		if (!report.answers().isEmpty()) {
			lines.add(answers(report.answers(), locale));
		}
		report.notes()
			.forEach((note) -> lines
				.add(html(locale, "report.note." + note.kind(), Map.of("date", note.day(), "text", note.text()))));
		if (!report.homework().isEmpty() && !digest) {
			lines.add(html(locale, "report.homework_title", Map.of()));
			report.homework()
				.forEach((homework) -> lines.add(html(locale, "report.homework",
						Map.of("subject", homework.subject(), "due", homework.due(), "text", homework.text()))));
		}
		return String.join("\n", lines);
	}

	/**
	 * The report as an SMS within the report budget: the title, attendance, remarks, the
	 * marks of the weakest subjects first, then praise; what does not fit is left out and
	 * the hint added.
	 * @param form the school's way with reports by SMS: see
	 * {@link #smsForm(boolean, SegmentBudgets)}
	 */
	public String sms(StudentReport report, Period period, Locale locale, SmsForms.Form form, boolean digest,
			String hint) {
		return sms(report, period, locale, form, digest, hint, Letterhead.NONE);
	}

	/**
	 * The report as an SMS, as
	 * {@link #sms(StudentReport, Period, Locale, SmsForms.Form, boolean, String)} writes
	 * it, in the school's texts of the letterhead and beginning with the school's name
	 * where it says so (the name counts in the budget).
	 */
	public String sms(StudentReport report, Period period, Locale locale, SmsForms.Form form, boolean digest,
			String hint, Letterhead head) {
		ReportTexts texts = in(head);
		List<String> full = texts.smsLines(report, period, locale, digest, "report.sms.subject", form, true, head);
		if (full != null) {
			return SmsText.composeLines(full, form.transliterate(), form.segments(), hint).text();
		}
		List<String> brief = texts.smsLines(report, period, locale, digest, "report.sms.subject_brief", form, false,
				head);
		return SmsText.composeLines(brief, form.transliterate(), form.segments(), hint).text();
	}

	/**
	 * The SMS lines, most important first; subjects with their marks, or (when that would
	 * not fit) with their average only.
	 * @param form how the school writes its reports by SMS
	 * @param mustFit whether the lines must fit the report's segments: if so,
	 * {@code null} is returned as soon as they cannot, before the rest is written
	 */
	private List<String> smsLines(StudentReport report, Period period, Locale locale, boolean digest, String subjectKey,
			SmsForms.Form form, boolean mustFit, Letterhead head) {
		List<String> lines = new ArrayList<>();
		lines.add(head.sms(this.messages, locale,
				plain(locale, title(period, digest, "report.sms."), titleArguments(report, period))));
		lines.add(String.join(" ", attendance(report, locale, "report.sms.", "report.sms.")));
		notes(report, "remark", locale, lines);
		if (!report.attendanceOnly()) {
			if (report.subjects().isEmpty()) {
				lines.add(plain(locale, "report.sms.no_marks", Map.of()));
			}
			List<StudentReport.Subject> subjects = report.subjects()
				.stream()
				.sorted(Comparator.comparing(StudentReport.Subject::average))
				.toList();
			for (StudentReport.Subject subject : subjects) {
				lines.add(plain(locale, subjectKey,
						Map.of("subject", subject.name(), "marks", subject.written(), "average", subject.average())));
				if (mustFit && !fits(lines, form)) {
					return null;
				}
			}
		}
		notes(report, "praise", locale, lines);
		return (!mustFit || fits(lines, form)) ? lines : null;
	}

	private static boolean fits(List<String> lines, SmsForms.Form form) {
		return SmsText.compose(String.join("\n", lines), form.transliterate(), 100).segments() <= form.segments();
	}

	/**
	 * The report as a message to the guardian by their channel: Telegram HTML with the
	 * SMS form to fall back on where they have a phone, or the SMS form.
	 * @param kind a report or a digest
	 * @param topic what it is about, sent once per guardian
	 */
	public List<Message> messages(Recipient recipient, StudentReport report, Period period, MessageKind kind,
			Topic topic) {
		return messages(recipient, report, period, kind, topic, new HashMap<>());
	}

	/**
	 * The report as a message to the guardian, as
	 * {@link #message(Recipient, StudentReport, Period, MessageKind, Topic)}, with texts
	 * already written for another guardian of the child in the same language taken from
	 * {@code written} (and the new ones put there): a batch of a run writes each text
	 * once.
	 */
	public List<Message> messages(Recipient recipient, StudentReport report, Period period, MessageKind kind,
			Topic topic, Map<String, String> written) {
		boolean digest = kind == MessageKind.DIGEST;
		boolean telegram = recipient.byMessenger();
		Locale locale = recipient.locale();
		Letterhead head = recipient.letterhead();
		ReportTexts texts = in(head);
		String form = report.studentId() + "/" + locale + "/" + digest + "/" + period + "/" + head.schoolCode();
		SmsForms.Form smsForm = smsForm(recipient.transliterate(), recipient.smsSegments());
		String sms = (!telegram || recipient.smsFallback())
				? written.computeIfAbsent("sms/" + smsForm + "/" + head.phoneShared() + "/" + form, (key) -> sms(report,
						period, locale, smsForm, digest, texts.messages.render(locale, "report.sms.more"), head))
				: null;
		if (!telegram) {
			return List.of(new Message(recipient, report.studentId(), kind, topic, sms, null, null, false));
		}
		List<String> parts = parts(head.chat(texts.messages, locale,
				written.computeIfAbsent("telegram/" + form, (key) -> texts.telegram(report, period, locale, digest))));
		List<Message> messages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			messages.add(new Message(recipient, report.studentId(), kind, (i == 0) ? topic : topic.part(i + 1),
					parts.get(i), (i == 0) ? sms : null, null, false));
		}
		return messages;
	}

	private void notes(StudentReport report, String kind, Locale locale, List<String> lines) {
		report.notes()
			.stream()
			.filter((note) -> note.kind().equals(kind))
			.forEach((note) -> lines
				.add(plain(locale, "report.sms.note." + kind, Map.of("date", note.day(), "text", note.text()))));
	}

	private List<String> attendance(StudentReport report, Locale locale, String prefix, String units) {
		StudentReport.Attendance attendance = report.attendance();
		if (attendance.isEmpty()) {
			return List.of(text(locale, prefix + "no_absences", Map.of(), prefix));
		}
		List<String> lines = new ArrayList<>();
		if (attendance.hasUnexcused()) {
			lines.add(text(locale, prefix + "missed",
					Map.of("what", what(attendance.lessons(), attendance.days(), locale, units)), prefix));
		}
		if (attendance.hasExcused()) {
			lines.add(text(locale, prefix + "excused",
					Map.of("what", what(attendance.excusedLessons(), attendance.excusedDays(), locale, units)),
					prefix));
		}
		if (attendance.late() > 0) {
			lines.add(text(locale, prefix + "late", Map.of("count", attendance.late()), prefix));
		}
		return lines;
	}

	/**
	 * The parents' answers to the period's absence alerts in a line: {@code 25 ноября —
	 * болеет, уваж.}; the first {@value #ANSWERS_SHOWN} days, and how many more.
	 */
	private String answers(List<StudentReport.AlertAnswer> answers, Locale locale) {
		List<String> days = new ArrayList<>();
		for (StudentReport.AlertAnswer answer : answers.subList(0, Math.min(ANSWERS_SHOWN, answers.size()))) {
			String day = this.messages.render(locale, "answers.report." + answer.answer(),
					Map.of("date", answer.day()));
			days.add(answer.excused() ? this.messages.render(locale, "answers.report_excused", Map.of("day", day))
					: day);
		}
		if (answers.size() > ANSWERS_SHOWN) {
			days.add(this.messages.render(locale, "answers.report_more",
					Map.of("count", answers.size() - ANSWERS_SHOWN)));
		}
		return html(locale, "answers.report_line", Map.of("answers", String.join("; ", days)));
	}

	private String what(int lessons, int days, Locale locale, String units) {
		List<String> parts = new ArrayList<>();
		if (lessons > 0) {
			parts.add(this.messages.render(locale, units + "lessons", Map.of("count", lessons)));
		}
		if (days > 0) {
			parts.add(this.messages.render(locale, units + "days", Map.of("count", days)));
		}
		return String.join(", ", parts);
	}

	/**
	 * The key of the report's title: {@code <prefix>title}, {@code title_day} for one
	 * day, {@code title_digest} for a digest.
	 */
	private static String title(Period period, boolean digest, String prefix) {
		if (digest) {
			return prefix + "title_digest";
		}
		return prefix + (period.from().equals(period.to()) ? "title_day" : "title");
	}

	private static Map<String, Object> titleArguments(StudentReport report, Period period) {
		return Map.of("child", report.firstName(), "class", report.className(), "from", period.from(), "to",
				period.to());
	}

	private String text(Locale locale, String key, Map<String, ?> arguments, String prefix) {
		return prefix.contains("sms") ? plain(locale, key, arguments) : html(locale, key, arguments);
	}

	private String html(Locale locale, String key, Map<String, ?> arguments) {
		return this.messages.renderHtml(locale, key, arguments);
	}

	private String plain(Locale locale, String key, Map<String, ?> arguments) {
		return this.messages.render(locale, key, arguments);
	}

	/**
	 * The report as messenger messages: one, or several split at line ends when it is
	 * longer than a message takes (many subjects, long notes). Parts fit MAX's limit, the
	 * smaller, so that a part can move to the other messenger when one proves
	 * unreachable.
	 */
	static List<String> parts(String html) {
		return ChatText.split(html, ChatText.MAX_LIMIT);
	}

}
