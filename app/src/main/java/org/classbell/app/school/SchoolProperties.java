package org.classbell.app.school;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The school this node serves by default ({@code classbell.school.*}).
 *
 * @param name its name ({@code CLASSBELL_SCHOOL_NAME})
 * @param timezone its time zone ({@code CLASSBELL_SCHOOL_TIMEZONE})
 * @param region the ISO region its phone numbers are written in without a country code
 * ({@code CLASSBELL_SCHOOL_REGION})
 */
@ConfigurationProperties("classbell.school")
public record SchoolProperties(@DefaultValue("School") String name, @DefaultValue("Europe/Moscow") ZoneId timezone,
		@DefaultValue("RU") String region) {

	public SchoolProperties {
		if (name.isBlank()) {
			throw new IllegalArgumentException("classbell.school.name must not be blank");
		}
		if (!region.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("classbell.school.region must be a two-letter ISO region such as RU");
		}
	}

}
