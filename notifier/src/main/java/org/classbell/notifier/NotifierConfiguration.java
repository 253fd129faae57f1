package org.classbell.notifier;

import org.classbell.templates.MessageCatalog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notifier's shared beans: the message catalogue every text comes from.
 */
@Configuration(proxyBeanMethods = false)
public class NotifierConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MessageCatalog messageCatalog() {
		return MessageCatalog.builtIn();
	}

}
