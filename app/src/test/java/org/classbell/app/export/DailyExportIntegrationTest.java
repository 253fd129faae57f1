package org.classbell.app.export;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.app.school.DefaultSchool;
import org.classbell.store.Actor;
import org.classbell.store.journal.JournalFacts;
import org.classbell.store.roster.Classes;
import org.classbell.store.school.Schools;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The daily export as Quartz runs it, driven directly with the test's clock: the day's
 * folder with a file per class that has anything that day, written whole, replaced by a
 * run again, and an error in the log (not a throw) when the directory cannot be written.
 */
@ExtendWith(OutputCaptureExtension.class)
class DailyExportIntegrationTest extends ApiIntegrationTest {

	/** Monday 23 November 2026, 19:00 in Moscow, when the export is due. */
	static final Instant MONDAY_EVENING = Instant.parse("2026-11-23T16:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	JournalFiles files;

	@Autowired
	JournalFacts facts;

	@Autowired
	Classes classes;

	@Autowired
	DefaultSchool school;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void journal() {
		this.clock.set(MONDAY_EVENING);
		new ExportedJournal(this.context).write();
	}

	/**
	 * Leaves the clock where the other tests of this application expect it.
	 */
	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void writesTheDaysFolderWithAFilePerClassThatHasAnything(CapturedOutput output) throws Exception {
		this.clock.set(Instant.parse("2026-11-23T21:30:00Z"));

		new ExportJob(export("UTF-8")).execute(firedAt(MONDAY_EVENING));

		Path monday = this.dir.resolve("2026-11-23");
		assertThat(names(monday)).as("1А had nothing; no temporary file left").containsExactly("5А.csv", "6Б.csv");
		assertThat(Files.readString(monday.resolve("5А.csv")))
			.isEqualTo("\uFEFF" + ExportedJournal.only("2026-11-23", ExportedJournal.CLASS_5A));
		assertThat(Files.readString(monday.resolve("6Б.csv"))).isEqualTo("\uFEFF" + ExportedJournal.CLASS_6B);
		assertThat(this.dir.resolve("2026-11-24")).as("the day it was due, though it ran after midnight")
			.doesNotExist();
		assertThat(output.getAll())
			.contains("Journal export of 2026-11-23 of school default: 2 classes, 5 rows, in " + monday);
		assertThat(output.getAll()).doesNotContain("Алексеев", "Петрова", "Иванов", "Иванова");
	}

	@Test
	void writesEachOtherSchoolOfACityIntoAFolderOfItsCodeForItsLastDayDue() throws Exception {
		// 19:00 in Moscow is 02:00 of the next day in Vladivostok: its Monday is the day
		// due
		long other = this.schools.create("sch8", "Школа № 8", ZoneId.of("Asia/Vladivostok"), "RU", Actor.system())
			.orElseThrow()
			.id()
			.value();
		this.jdbc.sql("update school_class set school_id = ? where name = '6Б'").param(other).update();
		this.jdbc.sql("""
				update student set school_id = ? where class_id = (select id from school_class where name = '6Б')
				""").param(other).update();

		export("UTF-8").run(MONDAY_EVENING);

		assertThat(names(this.dir.resolve("2026-11-23"))).containsExactly("5А.csv");
		assertThat(
				Files.readString(this.dir.resolve("schools").resolve("sch8").resolve("2026-11-23").resolve("6Б.csv")))
			.isEqualTo("\uFEFF" + ExportedJournal.CLASS_6B);
	}

	@Test
	void exportsTodayByTheClockInWindows1251() throws Exception {
		this.clock.set(Instant.parse("2026-11-24T16:00:00Z"));

		DailyExport.Exported exported = export("windows-1251").run();

		assertThat(exported.day()).hasToString("2026-11-24");
		assertThat(exported.classes()).isEqualTo(1);
		byte[] bytes = Files.readAllBytes(this.dir.resolve("2026-11-24").resolve("5А.csv"));
		assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'd');
		assertThat(new String(bytes, Charset.forName("windows-1251")))
			.isEqualTo(ExportedJournal.only("2026-11-24", ExportedJournal.CLASS_5A).replace("«Café» ☕", "«Cafe» ?"));
	}

	@Test
	void aRunAgainReplacesTheDaysFiles() throws Exception {
		DailyExport export = export("UTF-8");
		export.run(MONDAY_EVENING);
		this.jdbc.sql("delete from mark where student_id = (select id from student where last_name = 'Иванова')")
			.update();
		this.jdbc.sql("update mark set value = 3, modifier = null where value = 4").update();

		DailyExport.Exported again = export.run(MONDAY_EVENING);

		Path monday = this.dir.resolve("2026-11-23");
		assertThat(again.failure()).isNull();
		assertThat(names(monday)).as("6Б has nothing now").containsExactly("5А.csv");
		assertThat(Files.readString(monday.resolve("5А.csv")))
			.isEqualTo("\uFEFF" + ExportedJournal.only("2026-11-23", ExportedJournal.CLASS_5A)
				.replace("Петрова Анна,4-", "Петрова Анна,3"));
	}

	@Test
	void writesNoFolderForADayWithNothing(CapturedOutput output) {
		DailyExport.Exported sunday = export("UTF-8").run(Instant.parse("2026-11-22T16:00:00Z"));

		assertThat(sunday.classes()).isZero();
		assertThat(sunday.failure()).isNull();
		assertThat(this.dir).isEmptyDirectory();
		assertThat(output.getAll())
			.contains("Journal export of 2026-11-22 of school default: nothing recorded that day, no files");
	}

	@Test
	void logsADirectoryItCannotWriteAndThrowsNothing(CapturedOutput output) throws Exception {
		Path file = Files.writeString(this.dir.resolve("not-a-directory"), "");
		DailyExport export = new DailyExport(new ExportProperties(file.resolve("export"), LocalTime.of(19, 0), "UTF-8"),
				this.files, this.facts, this.classes, this.school, this.schools, this.clock);

		new ExportJob(export).execute(firedAt(MONDAY_EVENING));
		DailyExport.Exported failed = export.run(MONDAY_EVENING);

		Path dir = file.resolve("export");
		assertThat(failed.failure()).isEqualTo(dir + ": Not a directory");
		List<String> errors = output.getAll().lines().filter((line) -> line.contains("ERROR")).toList();
		assertThat(errors).hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains("Journal export of 2026-11-23 into "
					+ dir.resolve("2026-11-23") + " failed: " + dir
					+ ": Not a directory. The portal gets no new files of that day until the directory can be written"));
		assertThat(output.getAll()).doesNotContain("Алексеев", "Петрова", "Иванов");
		assertThat(export.problem()).isEqualTo(dir + ": Not a directory");
	}

	private DailyExport export(String charset) {
		return new DailyExport(new ExportProperties(this.dir, LocalTime.of(19, 0), charset), this.files, this.facts,
				this.classes, this.school, this.schools, this.clock);
	}

	private static JobExecutionContext firedAt(Instant due) {
		JobExecutionContext context = mock(JobExecutionContext.class);
		when(context.getScheduledFireTime()).thenReturn(Date.from(due));
		return context;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

}
