package org.classbell.notifier;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.templates.TemplateOverrides;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start which schools' own texts ({@code templates/<school code>/}) no school has
 * the code of, such as a misspelt code: they are used only once a school of that code is
 * made.
 */
@Component
class SchoolTemplates {

	private static final Logger log = LoggerFactory.getLogger(SchoolTemplates.class);

	private final TemplateOverrides overrides;

	private final Schools schools;

	SchoolTemplates(TemplateOverrides overrides, Schools schools) {
		this.overrides = overrides;
		this.schools = schools;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		unknown().forEach((code) -> log.warn(
				"{}: no school has the code {}; these texts are used once a school of this code is made",
				this.overrides.directory().resolve(code), code));
	}

	/**
	 * The codes of the template directories with texts in use that no school has.
	 */
	List<String> unknown() {
		Set<String> own = this.overrides.applied()
			.stream()
			.map(TemplateOverrides.Applied::school)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
		if (own.isEmpty()) {
			return List.of();
		}
		Set<String> known = this.schools.all().stream().map(School::code).collect(Collectors.toSet());
		return own.stream().filter((code) -> !known.contains(code)).toList();
	}

}
