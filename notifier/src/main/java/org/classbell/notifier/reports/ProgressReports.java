package org.classbell.notifier.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.classbell.notifier.outbox.Letterhead;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.store.GuardianId;
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * The progress reports of a guardian's children over a period, on demand: {@code /report}
 * in the bot and {@code ОТЧЕТ} by SMS. The same data and texts as the periodic reports.
 */
@Component
public class ProgressReports {

	private final Guardians guardians;

	private final ReportData data;

	private final ReportTexts texts;

	ProgressReports(Guardians guardians, ReportData data, ReportTexts texts) {
		this.guardians = guardians;
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
	 * The report of each of the guardian's active children as an SMS as their school
	 * writes reports (its transliteration, its report budget), ending with the hint when
	 * cut.
	 */
	public List<String> smsForGuardian(GuardianId guardian, School school, Period period, LocalDate today,
			Locale locale, String hint) {
		return smsForGuardian(guardian, school, period, today, locale, hint, Letterhead.NONE);
	}

	/**
	 * The reports as
	 * {@link #smsForGuardian(GuardianId, School, Period, LocalDate, Locale, String)}
	 * writes them, in the school's texts of the letterhead and beginning with the
	 * school's name where it says so.
	 */
	public List<String> smsForGuardian(GuardianId guardian, School school, Period period, LocalDate today,
			Locale locale, String hint, Letterhead head) {
		SmsForms.Form form = this.texts.smsForm(school.smsTransliterate(), school.smsSegments());
		return reports(guardian, period, today).stream()
			.map((report) -> this.texts.sms(report, period, locale, form, false, hint, head))
			.toList();
	}

	private List<StudentReport> reports(GuardianId guardian, Period period, LocalDate today) {
		return this.data.load(this.guardians.children(guardian).stream().map(StudentCard::id).toList(), period, today);
	}

}
