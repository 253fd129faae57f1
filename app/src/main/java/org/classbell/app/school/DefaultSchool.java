package org.classbell.app.school;

import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;

/**
 * The school the admin API works on: the one configured, created on first use.
 */
@Component
public class DefaultSchool {

	private final Schools schools;

	private final SchoolProperties properties;

	DefaultSchool(Schools schools, SchoolProperties properties) {
		this.schools = schools;
		this.properties = properties;
	}

	public School get() {
		return this.schools.ensure(this.properties.name(), this.properties.timezone(), this.properties.region());
	}

}
