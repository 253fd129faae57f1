package org.classbell.app.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SubjectId;
import org.classbell.store.journal.AttendanceStatus;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.Mark;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.testing.ImportedSchool;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two days of the {@link ImportedSchool}'s journal, written by its teachers as the bot
 * writes them, and the CSV the export makes of them.
 */
final class ExportedJournal {

	static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

	static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

	static final String HEADER = "date,lesson_no,subject,teacher,kind,list_no,student,value,due_on,subgroup,comment\r\n";

	/** 5А on both days, as exported in UTF-8, without the byte order mark. */
	static final String CLASS_5A = HEADER //
			+ "2026-11-23,1,Алгебра,Соколова Елена Викторовна,mark,1,Алексеев Борис,5,,,\r\n"
			+ "2026-11-23,1,Алгебра,Соколова Елена Викторовна,mark,4,Петрова Анна,4-,,,\r\n"
			+ "2026-11-23,2,,Соколова Елена Викторовна,absent,2,Иванов Пётр Сергеевич,,,,\r\n"
			+ "2026-11-23,,Алгебра,Соколова Елена Викторовна,homework,,,\"№ 125, 126\",2026-11-25,,\r\n"
			+ "2026-11-24,,,Соколова Елена Викторовна,excused,4,Петрова Анна,,,,болезнь\r\n"
			+ "2026-11-24,1,,Соколова Елена Викторовна,late,3,Иванов Павел Андреевич,,,,\r\n"
			+ "2026-11-24,,Геометрия,Соколова Елена Викторовна,homework,,,'@home: прочитать «Café» ☕ §5,,,\r\n";

	/** 6Б on both days. */
	static final String CLASS_6B = HEADER + "2026-11-23,2,Английский язык,Орлов Дмитрий,mark,1,Иванова Ольга,5,,,\r\n";

	private final ImportedSchool school;

	private final Journal journal;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	ExportedJournal(ApplicationContext beans) {
		this.school = new ImportedSchool(beans);
		this.journal = beans.getBean(Journal.class);
		this.transactions = beans.getBean(TransactionTemplate.class);
		this.jdbc = beans.getBean(JdbcClient.class);
	}

	/**
	 * The header and the rows of one day of an exported CSV.
	 */
	static String only(String day, String csv) {
		StringBuilder kept = new StringBuilder();
		for (String line : csv.split("(?<=\r\n)")) {
			if (line.equals(HEADER) || line.startsWith(day)) {
				kept.append(line);
			}
		}
		return kept.toString();
	}

	ImportedSchool school() {
		return this.school;
	}

	/**
	 * Monday: marks in algebra, an absence and homework in 5А, a mark in English in 6Б.
	 * Tuesday: an excused day and a lateness in 5А, homework the portal's spreadsheet
	 * would take for a formula, with characters windows-1251 lacks.
	 */
	ExportedJournal write() {
		StaffMember sokolova = this.school.staffMember("Соколова Елена");
		StaffMember orlov = this.school.staffMember("Орлов Дмитрий");
		entry(() -> this.journal.marks(sokolova, subject("Алгебра"),
				List.of(marked("Петрова", "Анна", "4-"), marked("Алексеев", "Борис", "5")), MONDAY, 1, at(MONDAY)));
		entry(() -> this.journal.attendance(sokolova, AttendanceStatus.ABSENT,
				List.of(this.school.student("Иванов", "Пётр")), MONDAY, new Lessons(List.of(2)), at(MONDAY)));
		entry(() -> this.journal.homework(sokolova, classId("5А"), subject("Алгебра"), "№ 125, 126", MONDAY,
				LocalDate.parse("2026-11-25"), at(MONDAY)));
		entry(() -> this.journal.marks(orlov, subject("Английский язык"), List.of(marked("Иванова", "Ольга", "5")),
				MONDAY, 2, at(MONDAY)));
		entry(() -> this.journal.attendance(sokolova, AttendanceStatus.LATE,
				List.of(this.school.student("Иванов", "Павел")), TUESDAY, new Lessons(List.of(1)), at(TUESDAY)));
		entry(() -> this.journal.excuse(sokolova, this.school.student("Петрова", "Анна"), TUESDAY, "болезнь",
				at(TUESDAY)));
		entry(() -> this.journal.homework(sokolova, classId("5А"), subject("Геометрия"), "@home: прочитать «Café» ☕ §5",
				TUESDAY, null, at(TUESDAY)));
		return this;
	}

	private void entry(Runnable entry) {
		this.transactions.executeWithoutResult((status) -> entry.run());
	}

	private Journal.Marked marked(String lastName, String firstName, String mark) {
		return new Journal.Marked(this.school.student(lastName, firstName), Mark.parse(mark).orElseThrow());
	}

	private SubjectId subject(String name) {
		return new SubjectId(
				this.jdbc.sql("select id from subject where name = ?").param(name).query(Long.class).single());
	}

	private ClassId classId(String name) {
		return new ClassId(
				this.jdbc.sql("select id from school_class where name = ?").param(name).query(Long.class).single());
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(ImportedSchool.ZONE).toInstant();
	}

}
