package org.classbell.notifier.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.Message;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.outbox.Recipients;
import org.classbell.notifier.outbox.Topic;
import org.classbell.store.GuardianId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StudentId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end-of-day digest: a guardian who chose it gets no alert as things happen but, at
 * their digest time, one message per child with the day's absences, marks and notes (none
 * on a day with nothing to tell). A round makes the digests that are due, in batches of
 * guardians; each guardian's is made once a day.
 */
@Component
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Recipients recipients;

	private final ReportData data;

	private final ReportTexts texts;

	private final Outbox outbox;

	private final ReportProperties properties;

	private final Clock clock;

	Digests(JdbcClient jdbc, PlatformTransactionManager transactions, Recipients recipients, ReportData data,
			ReportTexts texts, Outbox outbox, ReportProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.recipients = recipients;
		this.data = data;
		this.texts = texts;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Makes every digest due now, in every school.
	 * @return how many messages were queued
	 */
	public int round() {
		int queued = 0;
		for (SchoolZone school : this.jdbc.sql("select id, time_zone from school order by id")
			.query((row, number) -> new SchoolZone(row.getLong("id"), ZoneId.of(row.getString("time_zone"))))
			.list()) {
			queued += round(school);
		}
		return queued;
	}

	private int round(SchoolZone school) {
		int queued = 0;
		while (true) {
			ZonedDateTime now = this.clock.instant().atZone(school.zone);
			Integer done = this.transactions
				.execute((status) -> batch(school.id, now.toLocalDate(), now.toLocalTime(), now.toInstant()));
			if (done == null || done < 0) {
				break;
			}
			queued += done;
		}
		if (queued > 0) {
			log.info("Digests of school {}: {} queued", school.id, queued);
		}
		return queued;
	}

	/**
	 * One batch of the guardians whose digest is due: their digests queued and the day
	 * marked done for them. Returns -1 when no guardian was due.
	 */
	private int batch(long school, LocalDate today, LocalTime time, Instant now) {
		List<Long> due = this.jdbc.sql("""
				select id from guardian
				where school_id = ? and digest_at <= ? and (digest_done_on is null or digest_done_on < ?)
				order by id limit ? for update skip locked
				""").params(school, time, today, this.properties.batchSize()).query(Long.class).list();
		if (due.isEmpty()) {
			return -1;
		}
		List<Recipient> recipients = this.recipients.ofGuardians(due.stream().map(GuardianId::new).toList());
		Set<StudentId> students = new LinkedHashSet<>();
		recipients.forEach((recipient) -> recipient.children().forEach((child) -> students.add(child.studentId())));
		Period day = new Period(today, today);
		Map<StudentId, StudentReport> reports = new HashMap<>();
		this.data.load(students, day, today).forEach((report) -> reports.put(report.studentId(), report));
		List<Message> messages = new ArrayList<>();
		Map<String, String> written = new HashMap<>();
		for (Recipient recipient : recipients) {
			for (Recipient.Child child : recipient.children()) {
				StudentReport report = reports.get(child.studentId());
				if (recipient.isReachable() && report != null && report.hasNews()) {
					messages.addAll(this.texts.messages(recipient, report, day, MessageKind.DIGEST,
							Topic.digest(day.from(), report.studentId()), written));
				}
			}
		}
		int queued = this.outbox.queueOnce(messages, now, now);
		this.jdbc.sql("update guardian set digest_done_on = ? where id = any(cast(? as bigint[]))")
			.params(today, SqlArrays.literal(due))
			.update();
		return queued;
	}

	private record SchoolZone(long id, ZoneId zone) {

	}

}
