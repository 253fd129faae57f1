package org.classbell.app.console.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings form as the browser sends it, every field as typed; {@link SettingsCheck}
 * reads it.
 */
public class SettingsForm {

	private String quietFrom = "";

	private String quietTo = "";

	private boolean smsTransliteration;

	private String teacherQuietFrom = "";

	private String teacherQuietTo = "";

	private boolean illnessExcuses;

	private String segmentsAlert = "";

	private String segmentsAnnouncement = "";

	private String segmentsReport = "";

	private String timeZone = "";

	private String phoneRegion = "";

	private String reportDaily = "";

	private String reportWeeklyDay = "";

	private String reportWeeklyAt = "";

	private String reportMonthly = "";

	private String reportTerm = "";

	private List<TermRow> terms = new ArrayList<>();

	public String getQuietFrom() {
		return this.quietFrom;
	}

	public void setQuietFrom(String quietFrom) {
		this.quietFrom = quietFrom;
	}

	public String getQuietTo() {
		return this.quietTo;
	}

	public void setQuietTo(String quietTo) {
		this.quietTo = quietTo;
	}

	public boolean isSmsTransliteration() {
		return this.smsTransliteration;
	}

	public void setSmsTransliteration(boolean smsTransliteration) {
		this.smsTransliteration = smsTransliteration;
	}

	public String getTeacherQuietFrom() {
		return this.teacherQuietFrom;
	}

	public void setTeacherQuietFrom(String teacherQuietFrom) {
		this.teacherQuietFrom = teacherQuietFrom;
	}

	public String getTeacherQuietTo() {
		return this.teacherQuietTo;
	}

	public void setTeacherQuietTo(String teacherQuietTo) {
		this.teacherQuietTo = teacherQuietTo;
	}

	public boolean isIllnessExcuses() {
		return this.illnessExcuses;
	}

	public void setIllnessExcuses(boolean illnessExcuses) {
		this.illnessExcuses = illnessExcuses;
	}

	public String getSegmentsAlert() {
		return this.segmentsAlert;
	}

	public void setSegmentsAlert(String segmentsAlert) {
		this.segmentsAlert = segmentsAlert;
	}

	public String getSegmentsAnnouncement() {
		return this.segmentsAnnouncement;
	}

	public void setSegmentsAnnouncement(String segmentsAnnouncement) {
		this.segmentsAnnouncement = segmentsAnnouncement;
	}

	public String getSegmentsReport() {
		return this.segmentsReport;
	}

	public void setSegmentsReport(String segmentsReport) {
		this.segmentsReport = segmentsReport;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getPhoneRegion() {
		return this.phoneRegion;
	}

	public void setPhoneRegion(String phoneRegion) {
		this.phoneRegion = phoneRegion;
	}

	public String getReportDaily() {
		return this.reportDaily;
	}

	public void setReportDaily(String reportDaily) {
		this.reportDaily = reportDaily;
	}

	public String getReportWeeklyDay() {
		return this.reportWeeklyDay;
	}

	public void setReportWeeklyDay(String reportWeeklyDay) {
		this.reportWeeklyDay = reportWeeklyDay;
	}

	public String getReportWeeklyAt() {
		return this.reportWeeklyAt;
	}

	public void setReportWeeklyAt(String reportWeeklyAt) {
		this.reportWeeklyAt = reportWeeklyAt;
	}

	public String getReportMonthly() {
		return this.reportMonthly;
	}

	public void setReportMonthly(String reportMonthly) {
		this.reportMonthly = reportMonthly;
	}

	public String getReportTerm() {
		return this.reportTerm;
	}

	public void setReportTerm(String reportTerm) {
		this.reportTerm = reportTerm;
	}

	public List<TermRow> getTerms() {
		return this.terms;
	}

	public void setTerms(List<TermRow> terms) {
		this.terms = terms;
	}

	/**
	 * A term's row in the form; a row left empty is no term.
	 */
	public static class TermRow {

		private String name = "";

		private String from = "";

		private String to = "";

		public TermRow() {
		}

		TermRow(String name, String from, String to) {
			this.name = name;
			this.from = from;
			this.to = to;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return this.to;
		}

		public void setTo(String to) {
			this.to = to;
		}

		boolean blank() {
			return blank(this.name) && blank(this.from) && blank(this.to);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

}
