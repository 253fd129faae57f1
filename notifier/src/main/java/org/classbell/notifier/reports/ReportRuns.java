package org.classbell.notifier.reports;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.store.SchoolId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;
import org.classbell.store.roster.ReportFrequency;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the periodic reports of a school: the students whose guardians take the report, in
 * batches, each batch read with one query per kind of record and written to the outbox in
 * one insert, in its own transaction. A report goes to a guardian once per child and
 * period, so a run that is repeated (by an admin, or after a node died in the middle of
 * it) sends only what the first did not.
 */
@Component
public class ReportRuns {

	private static final Logger log = LoggerFactory.getLogger(ReportRuns.class);

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Schools schools;

	private final SchoolCalendar calendar;

	private final Recipients recipients;

	private final ReportData data;

	private final ReportTexts texts;

	private final Outbox outbox;

	private final ReportProperties properties;

	private final Clock clock;

	ReportRuns(JdbcClient jdbc, PlatformTransactionManager transactions, Schools schools, SchoolCalendar calendar,
			Recipients recipients, ReportData data, ReportTexts texts, Outbox outbox, ReportProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.schools = schools;
		this.calendar = calendar;
		this.recipients = recipients;
		this.data = data;
		this.texts = texts;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The period a report of this kind made on the day covers, or empty for a term report
	 * on a day outside the school's terms.
	 */
	public Optional<Period> period(SchoolId school, ReportKind kind, LocalDate day) {
		return this.calendar.periodTo(school, kind, day);
	}

	/**
	 * Runs the reports of this kind due on the day as the schedule has them: the daily
	 * report on school days, the weekly one on its day, the monthly one on the month's
	 * last school day, the term's on the term's last day; empty when none is due.
	 */
	public Optional<Run> scheduled(SchoolId school, ReportKind kind, LocalDate day) {
		Optional<Period> period = switch (kind) {
			case DAY -> this.calendar.isSchoolDay(school, day) ? Optional.of(kind.periodTo(day)) : Optional.empty();
			case WEEK -> Optional.of(kind.periodTo(day));
			case MONTH ->
				this.calendar.isLastSchoolDayOfMonth(school, day) ? Optional.of(kind.periodTo(day)) : Optional.empty();
			case TERM -> this.calendar.termEndingOn(school, day);
		};
		if (period.isEmpty()) {
			log.debug("No {} report of school {} due on {}", kind.code(), school.value(), day);
		}
		return period.map((days) -> run(school, kind, days, "schedule"));
	}

	/**
	 * Writes the school's reports of this kind for the period to the outbox.
	 * @param startedBy who started the run, for the run's record: {@code schedule} or
	 * {@code api}
	 */
	public Run run(SchoolId schoolId, ReportKind kind, Period period, String startedBy) {
		School school = this.schools.find(schoolId)
			.orElseThrow(() -> new IllegalArgumentException("No school " + schoolId.value()));
		Instant started = this.clock.instant();
		long runId = this.jdbc.sql("""
				insert into report_run (school_id, period, period_from, period_to, started_by, node, started_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(schoolId.value(), kind.code(), period.from(), period.to(), startedBy, NODE, Timestamps.of(started))
			.query(Long.class)
			.single();
		Tally tally = new Tally();
		List<StudentId> students = students(schoolId, kind);
		for (int from = 0; from < students.size(); from += this.properties.batchSize()) {
			List<StudentId> batch = students.subList(from,
					Math.min(students.size(), from + this.properties.batchSize()));
			this.transactions.executeWithoutResult((status) -> batch(school, kind, period, batch, tally));
		}
		this.jdbc.sql("""
				update report_run set finished_at = ?, students = ?, queued = ?, repeated = ? where id = ?
				""")
			.params(Timestamps.of(this.clock.instant()), tally.students, tally.queued, tally.repeated, runId)
			.update();
		Run run = new Run(runId, kind, period, tally.students, tally.guardians.size(), tally.queued, tally.repeated,
				tally.unreachable);
		log.info("Reports ({}, {} to {}) of school {}: students {}, queued {}, sent before {}, unreachable {}",
				kind.code(), period.from(), period.to(), schoolId.value(), run.students(), run.queued(), run.repeated(),
				run.unreachable());
		return run;
	}

	/**
	 * The school's active students with a guardian who takes this report, by id: a city's
	 * school has a few thousand, which one query reads faster than pages of them.
	 */
	private List<StudentId> students(SchoolId school, ReportKind kind) {
		return this.jdbc.sql("""
				select s.id from student s
				where s.school_id = ? and s.active
				  and exists (select 1 from student_guardian sg join guardian g on g.id = sg.guardian_id
				              where sg.student_id = s.id and g.report_frequency = any(cast(? as text[])))
				order by s.id
				""")
			.params(school.value(), SqlArrays.literal(kind.frequencies().stream().map(ReportFrequency::code).toList()))
			.query((row, index) -> new StudentId(row.getLong(1)))
			.list();
	}

	private void batch(School school, ReportKind kind, Period period, List<StudentId> students, Tally tally) {
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(school.timeZone()).toLocalDate();
		Map<StudentId, StudentReport> reports = new HashMap<>();
		this.data.load(students, period, today).forEach((report) -> reports.put(report.studentId(), report));
		List<Message> messages = new ArrayList<>();
		Map<String, String> written = new HashMap<>();
		for (Recipient recipient : this.recipients.forReports(students, kind.frequencies())) {
			tally.guardians.add(recipient.guardian().value());
			if (!recipient.isReachable()) {
				tally.unreachable++;
				continue;
			}
			for (Recipient.Child child : recipient.children()) {
				StudentReport report = reports.get(child.studentId());
				if (report != null) {
					messages.addAll(this.texts.messages(recipient, report, period, MessageKind.REPORT,
							Topic.report(kind.code(), period.from(), report.studentId()), written));
				}
			}
		}
		int queued = this.outbox.queueOnce(messages, now, now);
		tally.students += reports.size();
		tally.queued += queued;
		tally.repeated += messages.size() - queued;
	}

	/**
	 * What a run did.
	 *
	 * @param id the run's record
	 * @param kind the report
	 * @param period the days it covers
	 * @param students the students with a guardian who takes the report
	 * @param guardians the guardians who take it
	 * @param queued the reports written to the outbox
	 * @param repeated the reports left out because an earlier run wrote them
	 * @param unreachable the guardians no channel reaches
	 */
	public record Run(long id, ReportKind kind, Period period, int students, int guardians, int queued, int repeated,
			int unreachable) {

	}

	private static final class Tally {

		private int students;

		private final Set<Long> guardians = new HashSet<>();

		private int queued;

		private int repeated;

		private int unreachable;

	}

}
