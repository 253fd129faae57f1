package org.classbell.app;

import java.time.Clock;

import org.classbell.templates.MessageCatalog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module shares: the clock and the message catalogue.
 */
@Configuration(proxyBeanMethods = false)
class AppConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MessageCatalog messageCatalog() {
		return MessageCatalog.builtIn();
	}

}
