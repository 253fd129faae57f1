package org.classbell.notifier.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.classbell.store.roster.GuardianId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress reports of a guardian's children over a period, on demand: {@code /report}
 * in the bot and {@code ОТЧЕТ} by SMS. The same data and texts as the periodic reports.
 */
@Component
public class ProgressReports {

	private final JdbcClient jdbc;

	private final ReportData data;

	private final ReportTexts texts;

	ProgressReports(JdbcClient jdbc, ReportData data, ReportTexts texts) {
		this.jdbc = jdbc;
		this.data = data;
		this.texts = texts;
	}

	/**
	 * The report of each of the guardian's active children, in Telegram HTML.
	 */
	public List<String> forGuardian(GuardianId guardian, Period period, LocalDate today, Locale locale) {
		return reports(guardian, period, today).stream()
			.map((report) -> this.texts.telegram(report, period, locale, false))
			.toList();
	}

	/**
	 * The report of each of the guardian's active children as an SMS within the report
	 * budget, ending with the hint when cut.
	 */
	public List<String> smsForGuardian(GuardianId guardian, Period period, LocalDate today, Locale locale,
			boolean transliterate, String hint) {
		return reports(guardian, period, today).stream()
			.map((report) -> this.texts.sms(report, period, locale, transliterate, false, hint))
			.toList();
	}

	private List<StudentReport> reports(GuardianId guardian, Period period, LocalDate today) {
		List<Long> children = this.jdbc
			.sql("""
					select s.id from student_guardian sg join student s on s.id = sg.student_id join school_class c on c.id = s.class_id
					where sg.guardian_id = ? and s.active order by c.grade, c.name_key, s.list_no
					""")
			.param(guardian.value())
			.query(Long.class)
			.list();
		return this.data.load(children, period, today);
	}

}
