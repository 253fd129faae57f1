package org.classbell.app.backups;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackupKeepTest {

	@Test
	void readsDailyAndWeekly() {
		assertThat(BackupKeep.valueOf("14d,8w")).isEqualTo(new BackupKeep(14, 8));
		assertThat(BackupKeep.valueOf(" 30D ")).isEqualTo(new BackupKeep(30, 0));
		assertThat(BackupKeep.valueOf("8w")).isEqualTo(new BackupKeep(0, 8));
		assertThat(BackupKeep.valueOf("7d, 4w")).hasToString("7 daily and 4 weekly");
	}

	@Test
	void refusesWhatItCannotReadOrWhatKeepsNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> BackupKeep.valueOf("fourteen"))
			.withMessage("CLASSBELL_BACKUP_KEEP (classbell.backup.keep) is written like 14d,8w"
					+ " (14 daily and 8 weekly backups), not 'fourteen'");
		assertThatIllegalArgumentException().isThrownBy(() -> BackupKeep.valueOf("0d,0w"))
			.withMessageContaining("must keep at least one backup");
		assertThatIllegalArgumentException().isThrownBy(() -> BackupKeep.valueOf("14m"));
	}

	@Test
	void keepsTheNewestOfEachOfTheLastDaysAndWeeks() {
		List<BackupName> backups = new ArrayList<>();
		// nightly at 02:00 for 60 days up to Friday 4 December 2026, and a manual one
		// that day
		for (int day = 0; day < 60; day++) {
			backups.add(new BackupName(LocalDateTime.of(2026, 12, 4, 2, 0).minusDays(day), 1));
		}
		BackupName manual = new BackupName(LocalDateTime.of(2026, 12, 4, 11, 15, 30), 1);
		backups.add(manual);

		var kept = new BackupKeep(3, 2).kept(backups);

		assertThat(kept).extracting(BackupName::fileName)
			.containsExactlyInAnyOrder("classbell-20261204-111530.backup", "classbell-20261203-020000.backup",
					"classbell-20261202-020000.backup",
					// the newest of the week before: Sunday 29 November
					"classbell-20261129-020000.backup");
	}

	@Test
	void namesBackupsByTheSchoolsTime() {
		BackupName name = new BackupName(LocalDateTime.of(2026, 12, 4, 2, 0, 5), 1);

		assertThat(name.fileName()).isEqualTo("classbell-20261204-020005.backup");
		assertThat(name.next().fileName()).isEqualTo("classbell-20261204-020005-2.backup");
		assertThat(BackupName.parse("classbell-20261204-020005-2.backup")).contains(name.next());
		assertThat(BackupName.parse(".classbell-20261204-020005.backup.partial")).isEmpty();
		assertThat(BackupName.parse("classbell-20261204-020005.backup.sha256")).isEmpty();
	}

}
