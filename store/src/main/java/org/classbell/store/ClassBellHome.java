package org.classbell.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data directory of a ClassBell node ({@code CLASSBELL_HOME}): the embedded database,
 * the admin token, backups and template overrides live under it.
 *
 * @param home the directory
 */
@ConfigurationProperties("classbell")
public record ClassBellHome(@DefaultValue("./classbell-data") Path home) {

	public Path resolve(String name) {
		return this.home.resolve(name);
	}

}
