package org.classbell.app.backups;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups ({@code classbell.backup.*}).
 *
 * @param dirs the directories each backup is written to ({@code CLASSBELL_BACKUP_DIRS},
 * comma-separated); none: {@code $CLASSBELL_HOME/backups}
 * @param at when the nightly backup runs, in the default school's time zone
 * ({@code CLASSBELL_BACKUP_AT})
 * @param keep how many backups each directory keeps ({@code CLASSBELL_BACKUP_KEEP})
 */
@ConfigurationProperties("classbell.backup")
public record BackupProperties(@DefaultValue List<Path> dirs, @DefaultValue("02:00") LocalTime at,
		@DefaultValue("14d,8w") BackupKeep keep) {

	public BackupProperties {
		dirs = List.copyOf(dirs);
	}

}
