package org.classbell.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class MigrationsIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsTheJournalSchema() {
		List<String> tables = this.jdbc.sql("select tablename from pg_tables where schemaname = current_schema()")
			.query(String.class)
			.list();
		assertThat(tables).contains("school", "academic_year", "term", "school_class", "subgroup", "subgroup_member",
				"subject", "student", "guardian", "student_guardian", "staff", "class_teacher", "teaching_assignment",
				"timetable_lesson", "attendance", "attendance_taken", "mark", "behaviour_note", "homework", "chat_link",
				"invite_code", "notification", "audit_log");
	}

	@Test
	void createsQuartzTables() {
		List<String> tables = this.jdbc
			.sql("select tablename from pg_tables where schemaname = current_schema() and tablename like 'qrtz%'")
			.query(String.class)
			.list();
		assertThat(tables).containsExactlyInAnyOrder("qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers",
				"qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
				"qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
	}

	/**
	 * No migration drops or deletes what a school wrote: no table, column, schema or row.
	 * An index or a constraint holds nothing that is not in its table, so one may be
	 * replaced; a column may stop requiring a value, which loses nothing.
	 */
	@Test
	void migrationsNeverDropData() throws IOException {
		Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
		assertThat(migrations).isNotEmpty();
		for (Resource migration : migrations) {
			String sql = migration.getContentAsString(StandardCharsets.UTF_8)
				.toLowerCase(Locale.ROOT)
				.replaceAll("drop index \\w+;", "")
				.replaceAll("drop constraint \\w+;", "")
				.replaceAll("alter column \\w+ drop not null", "");
			assertThat(sql).as(migration.getFilename())
				.doesNotContain("drop ")
				.doesNotContain("truncate ")
				.doesNotContain("delete from ");
		}
	}

}
