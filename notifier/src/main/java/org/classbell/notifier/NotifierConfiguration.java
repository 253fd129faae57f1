package org.classbell.notifier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.store.ClassBellHome;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.TemplateOverrides;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notifier's shared beans: the message catalogue every text comes from, with the
 * school's own texts from {@code $CLASSBELL_HOME/templates}.
 */
@Configuration(proxyBeanMethods = false)
public class NotifierConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotifierConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	TemplateOverrides templateOverrides(ClassBellHome home) {
		TemplateOverrides overrides = TemplateOverrides.load(home.resolve("templates").toAbsolutePath().normalize());
		overrides.rejected().forEach((rejected) -> log.warn(rejected.describe()));
		return overrides;
	}

	@Bean
	@ConditionalOnMissingBean
	MessageCatalog messageCatalog(TemplateOverrides overrides) {
		return overrides.catalog();
	}

}
