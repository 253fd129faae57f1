package org.classbell.app.backups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BackupDirectoryTest {

	private static final BackupName NAME = new BackupName(LocalDateTime.of(2026, 12, 4, 2, 0), 1);

	@TempDir
	Path temp;

	@Test
	void aBackupHasItsNameOnlyWhenItIsCompleteWithItsChecksum() throws IOException {
		BackupDirectory directory = new BackupDirectory(this.temp.resolve("backups"));
		directory.prepare();
		BackupDirectory.Writing writing = directory.write(NAME);
		writing.out().write("rows".getBytes(StandardCharsets.UTF_8));

		assertThat(names(directory)).containsExactly(".classbell-20261204-020000.backup.partial");
		assertThat(directory.backups()).isEmpty();

		Path file = writing.complete("ab12");

		assertThat(names(directory)).containsExactly("classbell-20261204-020000.backup",
				"classbell-20261204-020000.backup.sha256");
		assertThat(Files.readString(file)).isEqualTo("rows");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("for its owner only")
			.isEqualTo("rw-------");
		assertThat(Files.readString(directory.path().resolve("classbell-20261204-020000.backup.sha256")))
			.isEqualTo("ab12  classbell-20261204-020000.backup\n");
		assertThat(BackupDirectory.checksumBeside(file)).contains("ab12");
	}

	@Test
	void theNextBackupDeletesWhatAnUnfinishedOneLeft() throws IOException {
		BackupDirectory directory = new BackupDirectory(this.temp);
		directory.write(NAME).out().write(1);
		Files.writeString(this.temp.resolve("notes.txt"), "the technician's");

		directory.prepare();

		assertThat(names(directory)).containsExactly("notes.txt");
	}

	@Test
	void prunesOnlyBackupsAndTheirChecksums() throws IOException {
		BackupDirectory directory = new BackupDirectory(this.temp);
		for (int day = 1; day <= 4; day++) {
			directory.write(new BackupName(LocalDateTime.of(2026, 12, day, 2, 0), 1)).complete("00");
		}
		Files.writeString(this.temp.resolve("notes.txt"), "the technician's");

		assertThat(directory.prune(new BackupKeep(2, 0), new BackupName(LocalDateTime.of(2026, 12, 1, 2, 0), 1)))
			.as("the one just written is kept, whatever its name")
			.extracting(BackupName::fileName)
			.containsExactly("classbell-20261202-020000.backup");
		assertThat(names(directory)).containsExactly("classbell-20261201-020000.backup",
				"classbell-20261201-020000.backup.sha256", "classbell-20261203-020000.backup",
				"classbell-20261203-020000.backup.sha256", "classbell-20261204-020000.backup",
				"classbell-20261204-020000.backup.sha256", "notes.txt");
	}

	private static java.util.List<String> names(BackupDirectory directory) throws IOException {
		try (var files = Files.list(directory.path())) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
