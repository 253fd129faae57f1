package org.classbell.store.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.PreparedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roll call, and absences or latenesses marked for lessons, record that the lesson's
 * attendance was taken, in the transaction of the entry.
 */
@SpringBootTest
@DatabaseTest
class AttendanceTakenIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Journal journal;

	@Autowired
	JournalEntries entries;

	@Autowired
	TransactionTemplate transactions;

	PreparedSchool school;

	@BeforeEach
	void prepare() {
		this.school = new PreparedSchool(this.context);
	}

	@Test
	void recordsARollCallWhereEveryoneCameThoughTheJournalDoesNotChange() {
		this.school.rollCall("Соколова Елена", "5А", null, "2026-11-23", 1);

		assertThat(taken()).containsExactly("5А 2026-11-23 #1 by Соколова at 2026-11-23 09:00:00+00");
		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(count("select count(*) from journal_entry")).as("nothing to undo").isZero();
	}

	@Test
	void keepsOneRowPerLessonWithWhoTookItLast() {
		this.school.rollCall("Соколова Елена", "5А", null, "2026-11-23", 1);
		this.school.rollCall("Кузнецова Анна", "5А", null, "2026-11-23", 1);
		this.school.rollCall("Орлов Дмитрий", "5А", this.school.subgroup("5А", "1"), "2026-11-23", 1);

		assertThat(taken()).containsExactly("5А 2026-11-23 #1 by Кузнецова at 2026-11-23 09:00:00+00",
				"5А/1 2026-11-23 #1 by Орлов at 2026-11-23 09:00:00+00");
	}

	@Test
	void takesNoLessonsAttendanceForTheWholeDay() {
		this.school.rollCall("Соколова Елена", "5А", null, "2026-11-23", null);
		this.school.attendance("Соколова Елена", AttendanceStatus.ABSENT, this.school.student("Алексеев", "Борис"),
				"2026-11-23", Lessons.WHOLE_DAY);

		assertThat(taken()).isEmpty();
		assertThat(count("select count(*) from attendance")).isOne();
	}

	@Test
	void takesTheLessonsOfMarkedAbsencesForTheAuthorsSubgroup() {
		this.school.attendance("Орлов Дмитрий", AttendanceStatus.ABSENT, this.school.student("Алексеев", "Борис"),
				"2026-11-24", Lessons.range(2, 3));
		this.school.attendance("Соколова Елена", AttendanceStatus.LATE, this.school.student("Алексеев", "Борис"),
				"2026-11-24", new Lessons(List.of(3)));

		assertThat(taken()).containsExactly("5А 2026-11-24 #2 by Орлов at 2026-11-24 09:00:00+00",
				"5А 2026-11-24 #3 by Соколова at 2026-11-24 09:00:00+00",
				"5А/1 2026-11-24 #3 by Орлов at 2026-11-24 09:00:00+00");
	}

	@Test
	void takesAttendanceEvenWhenTheAbsenceWasMarkedAlready() {
		var alekseev = this.school.student("Алексеев", "Борис");
		this.school.attendance("Соколова Елена", AttendanceStatus.ABSENT, alekseev, "2026-11-23", Lessons.range(1, 1));
		this.jdbc.sql("delete from attendance_taken").update();

		this.school.attendance("Соколова Елена", AttendanceStatus.ABSENT, alekseev, "2026-11-23", Lessons.range(1, 1));

		assertThat(taken()).containsExactly("5А 2026-11-23 #1 by Соколова at 2026-11-23 09:00:00+00");
	}

	@Test
	void undoesTheAbsencesOfAnEntryAndLeavesTheAttendanceTaken() {
		var author = this.school.teacher("Соколова Елена");
		Instant at = Instant.parse("2026-11-23T06:00:00Z");
		this.transactions.executeWithoutResult((status) -> this.journal.attendance(author, AttendanceStatus.ABSENT,
				List.of(this.school.student("Алексеев", "Борис")), LocalDate.parse("2026-11-23"), Lessons.range(1, 1),
				at));

		Undone undone = this.transactions
			.execute((status) -> this.entries.undoLast(author.id(), at.plusSeconds(60), Duration.ofMinutes(15)));

		assertThat(undone).isInstanceOf(Undone.Reverted.class);
		assertThat(count("select count(*) from attendance")).isZero();
		assertThat(taken()).containsExactly("5А 2026-11-23 #1 by Соколова at 2026-11-23 06:00:00+00");
	}

	private List<String> taken() {
		return this.jdbc
			.sql("""
					select c.name || coalesce('/' || g.name, '') || ' ' || a.day || ' #' || a.lesson_no || ' by '
					       || s.last_name || ' at ' || to_char(a.taken_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00'
					from attendance_taken a
					join school_class c on c.id = a.class_id
					left join subgroup g on g.id = a.subgroup_id
					join staff s on s.id = a.taken_by
					order by a.day, a.lesson_no, a.subgroup_id nulls first
					""")
			.query(String.class)
			.list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
