package org.classbell.app.backups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.store.testing.JournalRows;
import org.classbell.store.testing.ScratchDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip a school's technician relies on: a school is made, backed up, its
 * database wiped, the backup restored with the {@code restore} command, and the service
 * started again answers the admin API as before and makes the same weekly report.
 */
class BackupRoundTripIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ANSWERS = List.of("/api/guardians?class=5%D0%90", "/api/guardians?class=6%D0%91",
			"/api/settings", "/api/schedules", "/api/terms", "/api/outbox",
			"/api/monitoring/teachers?from=2026-11-23&to=2026-11-25",
			"/api/monitoring/subscriptions?from=2026-11-23&to=2026-11-25");

	private static final String WEEK = "{\"period\": \"week\", \"date\": \"2026-11-25\"}";

	@TempDir
	Path homes;

	@TempDir
	Path backups;

	@Test
	void aRestoredSchoolAnswersAsBeforeAndMakesTheSameWeeklyReport() throws IOException {
		try (ScratchDatabase database = ScratchDatabase.create()) {
			Map<String, String> before;
			Map<String, String> reportBefore;
			String file;
			try (BackupNodes.Node node = BackupNodes.start("before", this.homes, database.connection(), this.backups)) {
				school(node);
				new JournalRows(JdbcClient.create(database.dataSource())).weekOf23November();
				before = answers(node);
				HttpResponse<String> backup = node.post("/api/backups", "application/json", "");
				assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
				file = JSON.readTree(backup.body()).get("file").asString();
				reportBefore = report(node, database);
			}
			database.wipe();
			Path backup = this.backups.resolve(file);
			refusesADamagedFile(backup, database);

			Output restore = restore(backup, database);

			assertThat(restore.code()).as(restore.text()).isZero();
			assertThat(restore.text()).contains("checksum matches")
				.containsPattern("student +6\n")
				.contains("Restored ");
			Output again = restore(backup, database);
			assertThat(again.code()).isEqualTo(1);
			assertThat(again.text()).contains("Refused: The database is not empty").contains("Nothing was changed.");
			try (BackupNodes.Node node = BackupNodes.start("after", this.homes, database.connection(), this.backups)) {
				assertThat(answers(node)).isEqualTo(before);
				assertThat(report(node, database)).isEqualTo(reportBefore).isNotEmpty();
			}
		}
	}

	/**
	 * The restore command refuses a file whose checksum file disagrees, a file that is
	 * not there, and no file, and leaves the database empty.
	 */
	private void refusesADamagedFile(Path backup, ScratchDatabase database) throws IOException {
		Path checksum = backup.resolveSibling(backup.getFileName() + ".sha256");
		String good = Files.readString(checksum);
		Files.writeString(checksum, "0".repeat(64) + "  " + backup.getFileName() + "\n");

		Output damaged = restore(backup, database);

		assertThat(damaged.code()).isEqualTo(1);
		assertThat(damaged.text()).contains("does not match its checksum").contains("Nothing was changed.");
		assertThat(JdbcClient.create(database.dataSource())
			.sql("select count(*) from pg_tables where schemaname = 'public'")
			.query(Long.class)
			.single()).isZero();
		assertThat(restore(this.backups.resolve("nothing.backup"), database).text())
			.contains("is not a file this user can read");
		assertThat(new RestoreCommand(new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC()).run())
			.as("no file: usage")
			.isEqualTo(2);
		Files.writeString(checksum, good);
	}

	private static void school(BackupNodes.Node node) {
		assertThat(node.post("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes
				5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,
				5А,4,Петрова,Анна,,Петрова Ирина,+79110000004,en,yes
				1А,1,Смирнов,Лев,,Смирнова Ксения,+79110000005,ru,yes
				6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes
				""").statusCode()).isEqualTo(200);
		assertThat(node.post("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра;5А:Геометрия;1А:Математика
				Орлов,Дмитрий,,teacher,,6Б:Английский язык
				""").statusCode()).isEqualTo(200);
		assertThat(node.post("/api/import/timetable", "text/csv", """
				class,subgroup,weekday,lesson_no,starts_at,subject,teacher
				5А,,3,1,08:30,Алгебра,Соколова Елена
				5А,,3,2,09:25,Геометрия,Соколова Елена
				6Б,,3,2,09:25,Английский язык,Орлов Дмитрий
				""").statusCode()).isEqualTo(200);
	}

	private static Map<String, String> answers(BackupNodes.Node node) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String path : ANSWERS) {
			HttpResponse<String> answer = node.get(path);
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
			answers.put(path, answer.body());
		}
		return answers;
	}

	/**
	 * Runs the weekly report and reads what it queued, by guardian.
	 */
	private static Map<String, String> report(BackupNodes.Node node, ScratchDatabase database) {
		HttpResponse<String> run = node.post("/api/reports/run", "application/json", WEEK);
		assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
		JsonNode answer = JSON.readTree(run.body());
		Map<String, String> report = new LinkedHashMap<>();
		report.put("answer", answer.get("students") + " students, " + answer.get("queued") + " queued, "
				+ answer.get("unreachable") + " unreachable");
		JdbcClient.create(database.dataSource())
			.sql("select g.full_name, n.channel, n.body from notification n join guardian g on g.id = n.guardian_id"
					+ " where n.kind like 'report%' order by g.full_name, n.channel")
			.query((row, number) -> Map.entry(row.getString(1) + " " + row.getString(2), row.getString(3)))
			.list()
			.forEach((entry) -> report.put(entry.getKey(), entry.getValue()));
		return report;
	}

	private static Output restore(Path file, ScratchDatabase database) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int code = new RestoreCommand(out, Clock.systemUTC()).run(file.toString(),
				"--spring.datasource.url=" + database.connection().url(),
				"--spring.datasource.username=" + database.connection().username(),
				"--spring.datasource.password=" + database.connection().password());
		return new Output(code, bytes.toString(StandardCharsets.UTF_8));
	}

	record Output(int code, String text) {

	}

}
