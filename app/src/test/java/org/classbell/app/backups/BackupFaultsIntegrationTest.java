package org.classbell.app.backups;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.store.testing.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backups on nodes in JVMs of their own, held in the middle of the snapshot: the test
 * takes an exclusive lock on a table, so the snapshot, which locks the tables it reads,
 * waits until the test lets go. Then a node is killed with {@code kill -9}, or a second
 * node is asked for a backup too.
 */
class BackupFaultsIntegrationTest {

	/** A table the snapshot reads late: its name sorts near the end. */
	private static final String HELD_TABLE = "chat_update";

	@TempDir
	Path homes;

	@TempDir
	Path backups;

	DataSource dataSource;

	JdbcClient jdbc;

	Connection holder;

	@BeforeEach
	void database() {
		this.dataSource = TestDatabase.migrated();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jdbc.sql("delete from backup").update();
	}

	@AfterEach
	void release() throws SQLException {
		if (this.holder != null) {
			this.holder.rollback();
			this.holder.close();
		}
	}

	@Test
	void aNodeKilledDuringABackupLeavesNoFileThatLooksComplete() throws Exception {
		try (BackupNodes.Node first = BackupNodes.start("first", this.homes, null, this.backups)) {
			holdTable();
			CompletableFuture<HttpResponse<String>> backup = first.postAsync("/api/backups", "application/json", "");
			awaitSnapshotWaiting();
			assertThat(BackupNodes.files(this.backups)).singleElement().asString().matches("\\.classbell-.*\\.partial");

			first.process().kill();
			releaseTable();

			assertThat(backup).failsWithin(30, TimeUnit.SECONDS);
			assertThat(BackupNodes.files(this.backups)).noneMatch((name) -> name.endsWith(".backup"));
			assertThat(this.jdbc.sql("select status from backup").query(String.class).single()).isEqualTo("running");
		}
		try (BackupNodes.Node second = BackupNodes.start("second", this.homes, null, this.backups)) {
			HttpResponse<String> made = await().atMost(Duration.ofSeconds(30))
				.until(() -> second.post("/api/backups", "application/json", ""),
						(answer) -> answer.statusCode() != 409);

			assertThat(made.statusCode()).isEqualTo(201);
			assertThat(this.jdbc.sql("select status || ': ' || coalesce(error, '') from backup order by id")
				.query(String.class)
				.list()).containsExactly("failed: interrupted: the node making it stopped or died", "done: ");
			assertThat(BackupNodes.files(this.backups)).as("the partial file is gone, one backup is complete")
				.hasSize(2)
				.allMatch((name) -> name.startsWith("classbell-"))
				.anyMatch((name) -> name.endsWith(".backup"))
				.anyMatch((name) -> name.endsWith(".backup.sha256"));
		}
	}

	@Test
	void twoNodesNeverWriteTheSameBackupTwice() throws Exception {
		try (BackupNodes.Node first = BackupNodes.start("first", this.homes, null, this.backups);
				BackupNodes.Node second = BackupNodes.start("second", this.homes, null, this.backups)) {
			holdTable();
			CompletableFuture<HttpResponse<String>> backup = first.postAsync("/api/backups", "application/json", "");
			awaitSnapshotWaiting();

			HttpResponse<String> refused = second.post("/api/backups", "application/json", "");

			assertThat(refused.statusCode()).isEqualTo(409);
			releaseTable();
			assertThat(backup.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
			assertThat(this.jdbc.sql("select count(*) from backup").query(Long.class).single()).isOne();
			assertThat(BackupNodes.files(this.backups)).hasSize(2);
		}
	}

	private void holdTable() throws SQLException {
		TestDatabase.Connection database = TestDatabase.get();
		this.holder = DriverManager.getConnection(database.url(), database.username(), database.password());
		this.holder.setAutoCommit(false);
		try (Statement statement = this.holder.createStatement()) {
			statement.execute("lock table " + HELD_TABLE + " in access exclusive mode");
		}
	}

	private void releaseTable() throws SQLException {
		this.holder.rollback();
		this.holder.close();
		this.holder = null;
	}

	private void awaitSnapshotWaiting() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like ?")
				.param("lock table %\"" + HELD_TABLE + "\"%")
				.query(Long.class)
				.single() == 1);
	}

}
