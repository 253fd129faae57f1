package org.classbell.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports of rosters, staff and timetables ({@code classbell.import.*}).
 *
 * @param maxSize the largest file an import takes, in the body or as a form
 * ({@code CLASSBELL_IMPORT_MAX_SIZE}); a larger one is answered 413 and not read further
 */
@ConfigurationProperties("classbell.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxSize) {

	public ImportProperties {
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("classbell.import.max-size must be positive");
		}
	}

}
