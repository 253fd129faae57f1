package org.classbell.app.school;

import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;

/**
 * The school the admin API's paths without a school work on: the one configured
 * ({@code CLASSBELL_SCHOOL_CODE}), created on first use. The configured time zone and
 * phone region are those it starts with; after that it keeps its own, as
 * {@code PUT /api/settings} changes them.
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
		return this.schools.ensureCode(this.properties.code(), this.properties.name(), this.properties.timezone(),
				this.properties.region());
	}

	/**
	 * Whether the school's time zone or phone region is other than configured: set by the
	 * admin API, which the configuration does not override.
	 */
	public boolean differsFromConfiguration(School school) {
		return !school.timeZone().equals(this.properties.timezone())
				|| !school.phoneRegion().equals(this.properties.region());
	}

}
