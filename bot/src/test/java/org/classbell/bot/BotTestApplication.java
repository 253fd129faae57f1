package org.classbell.bot;

import org.classbell.store.testing.MutableClock;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;

/**
 * The store, the templates, the notifier and the bot, as the bot's integration tests run
 * them, without the application's wiring: the clock is the test's, and each test says
 * which channels, dispatch and schedules are on. A test component, so that other modules'
 * component scans leave it out.
 */
@SpringBootApplication(scanBasePackages = { "org.classbell.store", "org.classbell.templates", "org.classbell.notifier",
		"org.classbell.bot" })
@AutoConfigurationPackage(basePackages = "org.classbell.store")
@ConfigurationPropertiesScan({ "org.classbell.store", "org.classbell.notifier", "org.classbell.bot" })
@TestComponent
public class BotTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
