package org.classbell.app.export;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily journal export for the regional portal ({@code classbell.export.*}).
 *
 * @param dir the directory the day's folders are written into
 * ({@code CLASSBELL_EXPORT_DIR}); unset or empty, the daily export is off
 * @param at when it runs each day, in the default school's time zone
 * ({@code CLASSBELL_EXPORT_AT})
 * @param charset the character set of the files ({@code CLASSBELL_EXPORT_CHARSET}): UTF-8
 * (written with a byte order mark), windows-1251, or another one Java knows
 */
@ConfigurationProperties("classbell.export")
public record ExportProperties(Path dir, @DefaultValue("19:00") LocalTime at, @DefaultValue("UTF-8") String charset) {

	public ExportProperties {
		if (dir != null && dir.toString().isBlank()) {
			dir = null;
		}
		if (ExportEncoding.named(charset).isEmpty()) {
			throw new IllegalArgumentException("CLASSBELL_EXPORT_CHARSET (classbell.export.charset) must be a "
					+ "character set Java can write, such as UTF-8 or windows-1251, not \"" + charset + "\"");
		}
	}

	/**
	 * Whether the daily export runs: a directory is set.
	 */
	public boolean enabled() {
		return this.dir != null;
	}

	/**
	 * How the files are encoded.
	 */
	public ExportEncoding encoding() {
		return ExportEncoding.named(this.charset).orElseThrow();
	}

}
