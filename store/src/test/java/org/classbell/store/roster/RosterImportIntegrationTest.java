package org.classbell.store.roster;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.audit.AuditLog;
import org.classbell.store.imports.Counts;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.MutableClock;
import org.classbell.store.testing.Outcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a roster, and importing it again: students, guardians, their links, consent,
 * subgroups and the audit log.
 */
@SpringBootTest
@DatabaseTest
class RosterImportIntegrationTest {

	static final String[] ROSTER = { //
			"5А,1,Иванов,Пётр,Сергеевич,Иванова Мария Петровна,8 (912) 345-67-89,ru,yes",
			"5А,1,Иванов,Пётр,Сергеевич,Иванов Сергей Олегович,+7 912 000 11 22,,", "5А,2,Петрова,Анна,,,,,",
			"6Б,3,Иванова,Ольга,Сергеевна,Иванова Мария Петровна,+79123456789,ru,yes",
			"1А,1,Смирнов,Лев,,Смирнова Ксения,89005554433,en,да" };

	@Autowired
	RosterImport rosterImport;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	School school;

	@BeforeEach
	void school() {
		this.clock.reset();
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
	}

	@Test
	void importsStudentsGuardiansAndTheirLinks() {
		RosterSummary summary = applied(Lines.roster(ROSTER));

		assertThat(summary.classesCreated()).isEqualTo(3);
		assertThat(summary.students()).isEqualTo(new Counts(4, 0, 0, 0));
		assertThat(summary.guardians()).isEqualTo(new Counts(3, 0, 0, 0));
		assertThat(summary.linksAdded()).isEqualTo(4);
		assertThat(this.jdbc.sql("""
				select s.last_name || ' ' || s.first_name || ' #' || s.list_no || ' ' || c.name || ' ' || s.active
				from student s join school_class c on c.id = s.class_id order by s.id
				""").query(String.class).list()).containsExactly("Иванов Пётр #1 5А true", "Петрова Анна #2 5А true",
				"Иванова Ольга #3 6Б true", "Смирнов Лев #1 1А true");
		assertThat(this.jdbc.sql("select full_name || ' ' || phone || ' ' || language from guardian order by id")
			.query(String.class)
			.list()).containsExactly("Иванова Мария Петровна +79123456789 ru", "Иванов Сергей Олегович +79120001122 ru",
					"Смирнова Ксения +79005554433 en");
	}

	@Test
	void givesAGuardianOfTwoChildrenOneRecordLinkedToBoth() {
		applied(Lines.roster(ROSTER));

		assertThat(this.jdbc.sql("""
				select s.first_name from student_guardian sg
				join student s on s.id = sg.student_id join guardian g on g.id = sg.guardian_id
				where g.phone = '+79123456789' order by s.first_name
				""").query(String.class).list()).containsExactly("Ольга", "Пётр");
	}

	@Test
	void makesFirstGradeClassesAttendanceOnly() {
		applied(Lines.roster(ROSTER));

		assertThat(this.jdbc.sql("select name from school_class where attendance_only").query(String.class).list())
			.containsExactly("1А");
	}

	@Test
	void recordsConsentWithItsSourceAndTime() {
		applied(Lines.roster(ROSTER));

		assertThat(this.jdbc.sql("""
				select phone from guardian where consent_source = 'roster' and consent_at = :now order by phone
				""").param("now", MutableClock.START.atOffset(java.time.ZoneOffset.UTC)).query(String.class).list())
			.containsExactly("+79005554433", "+79123456789");
		assertThat(this.jdbc.sql("select count(*) from guardian where phone = '+79120001122' and consent_at is null")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void changesNothingWhenTheSameFileIsImportedAgain() {
		applied(Lines.roster(ROSTER));
		long auditEntries = this.audit.count();
		this.clock.advance(Duration.ofDays(1));

		RosterSummary again = applied(Lines.roster(ROSTER));

		assertThat(again.classesCreated()).isZero();
		assertThat(again.students()).isEqualTo(new Counts(0, 0, 4, 0));
		assertThat(again.guardians()).isEqualTo(new Counts(0, 0, 3, 0));
		assertThat(again.linksAdded()).isZero();
		assertThat(again.linksRemoved()).isZero();
		assertThat(this.audit.count()).isEqualTo(auditEntries);
	}

	@Test
	void deactivatesAStudentLeftOutOfTheirClassAndKeepsTheRecord() {
		applied(Lines.roster(ROSTER));

		RosterSummary again = applied(Lines.roster(ROSTER[0], ROSTER[1]));

		assertThat(again.students().deactivated()).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select last_name || ' ' || active from student order by id").query(String.class).list())
			.as("only 5А was in the file: 6Б and 1А stay as they were")
			.containsExactly("Иванов true", "Петрова false", "Иванова true", "Смирнов true");
	}

	@Test
	void reactivatesAStudentWhoComesBack() {
		applied(Lines.roster(ROSTER));
		applied(Lines.roster(ROSTER[0]));

		RosterSummary back = applied(Lines.roster(ROSTER[0], ROSTER[2]));

		assertThat(back.students()).isEqualTo(new Counts(0, 1, 1, 0));
		assertThat(this.jdbc.sql("select count(*) from student where active").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void keepsTheRecordOfAStudentWhoMovesToAnotherClassOfTheFile() {
		applied(Lines.roster(ROSTER));
		long id = studentId("Петрова");

		RosterSummary moved = applied(Lines.roster(ROSTER[0], ROSTER[1], "5Б,1,Петрова,Анна,,,,,"));

		assertThat(moved.students()).isEqualTo(new Counts(0, 1, 1, 0));
		assertThat(moved.studentsMoved()).isEqualTo(1);
		assertThat(studentId("Петрова")).isEqualTo(id);
		assertThat(this.jdbc.sql("select c.name from student s join school_class c on c.id = s.class_id where s.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("5Б");
	}

	@Test
	void updatesRegisterNumbersAndSpellingInPlace() {
		applied(Lines.roster(ROSTER));
		long id = studentId("Петрова");

		RosterSummary renumbered = applied(Lines.roster(ROSTER[0], ROSTER[1], "5а,3,ПЕТРОВА,Анна,,,,,"));

		assertThat(renumbered.students()).isEqualTo(new Counts(0, 1, 1, 0));
		assertThat(renumbered.studentsMoved()).as("renumbered in its class, not moved").isZero();
		assertThat(this.jdbc.sql("select last_name || ' #' || list_no from student where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("ПЕТРОВА #3");
	}

	@Test
	void keepsTheGuardianWhenTheirPhoneChanges() {
		applied(Lines.roster(ROSTER));
		long guardian = this.jdbc.sql("select id from guardian where phone = '+79120001122'")
			.query(Long.class)
			.single();

		applied(Lines.roster(ROSTER[0], "5А,1,Иванов,Пётр,Сергеевич,Иванов Сергей Олегович,+7 912 999 88 77,,",
				ROSTER[2]));

		assertThat(
				this.jdbc.sql("select phone from guardian where id = ?").param(guardian).query(String.class).single())
			.isEqualTo("+79129998877");
	}

	@Test
	void unlinksAGuardianTheFileNoLongerGives() {
		applied(Lines.roster(ROSTER));

		RosterSummary again = applied(Lines.roster(ROSTER[0], ROSTER[2]));

		assertThat(again.linksRemoved()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from guardian").query(Long.class).single()).as("guardians are kept")
			.isEqualTo(3);
	}

	@Test
	void withdrawsConsentTheFileNoLongerGivesButNotConsentGivenByTheGuardian() {
		applied(Lines.roster(ROSTER));
		this.jdbc.sql("update guardian set consent_source = 'telegram' where phone = '+79005554433'").update();

		applied(Lines.roster(ROSTER[0].replace(",yes", ","), ROSTER[1], ROSTER[2], ROSTER[3].replace(",yes", ",no"),
				ROSTER[4].replace(",да", ",")));

		assertThat(this.jdbc.sql("select phone from guardian where consent_at is not null").query(String.class).list())
			.containsExactly("+79005554433");
	}

	@Test
	void recordsTheConsentTheFileGivesAndTakesBackInTheLedgerWithItsLine() {
		applied(Lines.roster(ROSTER));
		applied(Lines.roster(ROSTER));
		this.clock.advance(Duration.ofDays(1));
		applied(Lines.roster(ROSTER[0], ROSTER[1], ROSTER[2], ROSTER[3], ROSTER[4].replace(",да", ",")));

		assertThat(this.jdbc
			.sql("""
					select g.phone || ' ' || e.purpose || ' ' || e.given || ' ' || e.source || ' ' || e.detail || ' ' || e.actor
					from consent_event e join guardian g on g.id = e.guardian_id order by e.id
					""")
			.query(String.class)
			.list()).as("a file imported again adds nothing")
			.containsExactly("+79123456789 processing true roster line 2 admin-api",
					"+79005554433 processing true roster line 6 admin-api",
					"+79005554433 processing false roster line 6 admin-api");
		assertThat(this.jdbc.sql("select count(*) from guardian where phone = '+79005554433' and consent_at is null")
			.query(Long.class)
			.single()).as("the current state follows the ledger").isEqualTo(1);
	}

	@Test
	void putsStudentsInTheSubgroupsTheOptionalColumnNames() {
		RosterSummary summary = applied(Lines.roster("5А,1,Иванов,Пётр,,,,,,Англ 1;Информатика 2",
				"5А,2,Петрова,Анна,,,,,,англ 1", "5А,3,Сидоров,Иван,,,,,,"));

		assertThat(summary.subgroupMembersAdded()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select g.name || ': ' || string_agg(s.last_name, ', ' order by s.list_no) from subgroup_member m
				join subgroup g on g.id = m.subgroup_id join student s on s.id = m.student_id group by g.name order by 1
				""").query(String.class).list()).containsExactly("Англ 1: Иванов, Петрова", "Информатика 2: Иванов");

		RosterSummary moved = applied(Lines.roster("5А,1,Иванов,Пётр,,,,,,Англ 1", "5А,2,Петрова,Анна,,,,,,Англ 2",
				"5А,3,Сидоров,Иван,,,,,,"));
		assertThat(moved.subgroupMembersAdded()).isOne();
		assertThat(moved.subgroupMembersRemoved()).isEqualTo(2);
	}

	@Test
	void leavesSubgroupsAloneWhenTheFileHasNoSuchColumn() {
		applied(Lines.roster("5А,1,Иванов,Пётр,,,,,,Англ 1"));

		RosterSummary again = applied(Lines.roster("5А,1,Иванов,Пётр,,,,,"));

		assertThat(again.subgroupMembersRemoved()).isZero();
		assertThat(this.jdbc.sql("select count(*) from subgroup_member").query(Long.class).single()).isOne();
	}

	@Test
	void recordsWhoImportedInTheAuditLog() {
		applied(Lines.roster(ROSTER));

		assertThat(this.audit.of("student")).hasSize(4).allSatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo("admin-api");
			assertThat(entry.action()).isEqualTo("insert");
			assertThat(entry.before()).isNull();
			assertThat(entry.after()).contains("\"last_name\"");
		});
	}

	private long studentId(String lastName) {
		return this.jdbc.sql("select id from student where last_name = ?").param(lastName).query(Long.class).single();
	}

	private RosterSummary applied(List<RosterLine> lines) {
		return Outcomes.applied(this.rosterImport.apply(this.school, lines, Actor.adminApi()));
	}

}
