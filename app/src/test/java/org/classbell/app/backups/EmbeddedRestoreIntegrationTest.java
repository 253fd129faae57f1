package org.classbell.app.backups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.testing.BackupFiles;
import org.classbell.store.testing.ImportedSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code restore} command on the embedded database of a {@code CLASSBELL_HOME}: into
 * a new one, over one that is there (moved aside first), and a restore that fails on the
 * way, which puts the database that was there back.
 */
class EmbeddedRestoreIntegrationTest extends ApiIntegrationTest {

	@Autowired
	ApplicationContext beans;

	@TempDir
	Path home;

	@TempDir
	Path files;

	@Test
	void restoresIntoTheEmbeddedDatabaseAndPutsItBackWhenARestoreFails() throws IOException {
		new ImportedSchool(this.beans);
		Response made = postAsAdmin("/api/backups", "application/json", "");
		assertThat(made.status()).isEqualTo(201);
		Path backup = Path.of(made.json().get("directories").get(0).asString(), made.json().get("file").asString());
		Path pg = this.home.resolve("pg");

		Output first = restore(backup, "2026-12-04T08:00:00Z");

		assertThat(first.code()).as(first.text()).isZero();
		assertThat(first.text()).contains("into the embedded database in " + pg).doesNotContain("is kept in");
		assertThat(pg.resolve("PG_VERSION")).exists();

		Output second = restore(backup, "2026-12-04T08:05:00Z");

		assertThat(second.code()).as(second.text()).isZero();
		assertThat(second.text()).contains("is kept in " + this.home.resolve("pg.before-restore-20261204-080500"));

		Path ghost = BackupFiles.withGhostTable(backup, this.files.resolve("ghost.backup"));
		Output failed = restore(ghost, "2026-12-04T08:10:00Z");

		assertThat(failed.code()).isEqualTo(1);
		assertThat(failed.text()).contains("has rows of a table ghost")
			.contains("The database that was in " + pg + " is back in its place. Nothing was changed.");
		assertThat(pg.resolve("PG_VERSION")).exists();
		assertThat(this.home.resolve("pg.before-restore-20261204-081000")).doesNotExist();
	}

	private Output restore(Path file, String at) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		int code = new RestoreCommand(out, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).run(file.toString(),
				"--classbell.home=" + this.home);
		return new Output(code, bytes.toString(StandardCharsets.UTF_8));
	}

	record Output(int code, String text) {

	}

}
