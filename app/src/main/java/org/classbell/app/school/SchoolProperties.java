package org.classbell.app.school;

import org.classbell.store.school.School;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The school this node serves by default ({@code classbell.school.*}).
 *
 * @param code the code the admin API names it by ({@code CLASSBELL_SCHOOL_CODE}), which
 * the paths without a school mean
 * @param name its name ({@code CLASSBELL_SCHOOL_NAME})
 * @param timezone its time zone ({@code CLASSBELL_SCHOOL_TIMEZONE})
 * @param region the ISO region its phone numbers are written in without a country code
 * ({@code CLASSBELL_SCHOOL_REGION})
 */
@ConfigurationProperties("classbell.school")
public record SchoolProperties(@DefaultValue("default") String code, @DefaultValue("School") String name,
		@DefaultValue("Europe/Moscow") ZoneId timezone, @DefaultValue("RU") String region) {

	public SchoolProperties {
		if (!School.isCode(code)) {
			throw new IllegalArgumentException(
					"classbell.school.code must be lower-case Latin letters, digits and hyphens, such as sch8");
		}
		if (name.isBlank()) {
			throw new IllegalArgumentException("classbell.school.name must not be blank");
		}
		if (!region.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("classbell.school.region must be a two-letter ISO region such as RU");
		}
	}

}
