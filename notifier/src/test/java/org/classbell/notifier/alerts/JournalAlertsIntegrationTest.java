package org.classbell.notifier.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.notifier.NotifierTestApplication;
import org.classbell.store.StudentId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.JournalEntries;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.PreparedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the journal's events cause parents to be told, with the store and the notifier
 * alone: no bot, no command calls the alerts. The guardians of the prepared school are
 * reached by SMS (a phone and consent, no Telegram).
 */
@SpringBootTest(classes = NotifierTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "classbell.notifier.dispatch.enabled=false", "classbell.reports.scheduled=false" })
@DatabaseTest
class JournalAlertsIntegrationTest {

	static final Instant AT = Instant.parse("2026-11-25T07:30:00Z");

	static final LocalDate DAY = LocalDate.parse("2026-11-25");

	@Autowired
	ApplicationContext beans;

	@Autowired
	Journal journal;

	@Autowired
	JournalEntries entries;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	PreparedSchool school;

	StaffMember sokolova;

	StudentId boris;

	@BeforeEach
	void school() {
		this.school = new PreparedSchool(this.beans);
		this.sokolova = this.school.teacher("Соколова Елена");
		this.boris = this.school.student("Алексеев", "Борис");
	}

	@Test
	void queuesTheAlertInTheTransactionOfTheAbsence() {
		this.transactions.executeWithoutResult((status) -> absent(Lessons.range(3, 3)));

		assertThat(this.jdbc.sql("select kind || ' ' || channel || ' ' || status from notification")
			.query(String.class)
			.list()).containsExactly("attendance sms queued");
		assertThat(dueAt()).as("at the end of the merge window").isEqualTo(AT.plus(Duration.ofMinutes(2)));
		assertThat(body()).isEqualTo("Борис (5А) 25.11: пропуск урока 3.");
	}

	@Test
	void leavesNoOutboxRowWhenTheEntryRollsBack() {
		int[] queuedInside = new int[1];
		this.transactions.executeWithoutResult((status) -> {
			absent(Lessons.range(3, 4));
			queuedInside[0] = count("select count(*) from notification");
			status.setRollbackOnly();
		});

		assertThat(queuedInside[0]).as("the alert queued within the entry's transaction").isOne();
		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(count("select count(*) from notification")).isZero();
	}

	@Test
	void rewritesTheQueuedAlertWhenMoreAbsencesComeWithinTheWindow() {
		this.transactions.executeWithoutResult((status) -> absent(Lessons.range(3, 3)));
		this.transactions.executeWithoutResult((status) -> this.journal.attendance(this.sokolova,
				AttendanceStatus.ABSENT, List.of(this.boris), DAY, Lessons.range(4, 4), AT.plusSeconds(60)));

		assertThat(count("select count(*) from notification")).isOne();
		assertThat(body()).isEqualTo("Борис (5А) 25.11: пропуск уроков 3, 4.");
	}

	@Test
	void correctsASentAlertWhenTheEntryIsUndone() {
		this.transactions.executeWithoutResult((status) -> absent(Lessons.range(3, 3)));
		this.jdbc.sql("update notification set status = 'sent', sent_at = now()").update();

		this.transactions.executeWithoutResult(
				(status) -> this.entries.undoLast(this.sokolova.id(), AT.plusSeconds(300), Duration.ofMinutes(15)));

		assertThat(
				this.jdbc.sql("select kind || ' ' || status from notification order by id").query(String.class).list())
			.containsExactly("attendance sent", "attendance_withdrawn queued");
	}

	@Test
	void sendsPraiseAtOnceAndWithdrawsItUnsentWhenUndone() {
		this.transactions.executeWithoutResult((status) -> this.journal.note(this.sokolova, NoteKind.PRAISE, this.boris,
				"помог провести урок", DAY, AT));
		assertThat(this.jdbc.sql("select kind || ' ' || status from notification").query(String.class).list())
			.containsExactly("praise queued");
		assertThat(dueAt()).as("at once").isEqualTo(AT);

		this.transactions.executeWithoutResult(
				(status) -> this.entries.undoLast(this.sokolova.id(), AT.plusSeconds(60), Duration.ofMinutes(15)));

		assertThat(this.jdbc.sql("select kind || ' ' || status from notification").query(String.class).list())
			.containsExactly("praise cancelled");
	}

	@Test
	void tellsNobodyOfMarksOrHomework() {
		this.transactions.executeWithoutResult((status) -> this.journal.homework(this.sokolova,
				this.school.schoolClass("5А"), this.school.subject("Алгебра"), "№ 125", DAY, null, AT));
		this.school.mark("Соколова Елена", "Алгебра", this.boris, "2026-11-25T07:40:00Z");

		assertThat(count("select count(*) from homework")).isOne();
		assertThat(count("select count(*) from mark")).isOne();
		assertThat(count("select count(*) from notification")).isZero();
	}

	private void absent(Lessons lessons) {
		this.journal.attendance(this.sokolova, AttendanceStatus.ABSENT, List.of(this.boris), DAY, lessons, AT);
	}

	private String body() {
		return this.jdbc.sql("select body from notification order by id desc limit 1").query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private Instant dueAt() {
		return this.jdbc.sql("select next_attempt_at from notification order by id desc limit 1")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
