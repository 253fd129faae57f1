package org.classbell.notifier;

import org.classbell.store.testing.MutableClock;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;

/**
 * The store and the notifier, as the notifier's integration tests run them: no channel is
 * on, nothing is dispatched or scheduled unless a test says so, and the clock is the
 * test's. A test component, so that other modules' component scans leave it out.
 */
@SpringBootApplication(scanBasePackages = { "org.classbell.store", "org.classbell.notifier" })
@AutoConfigurationPackage(basePackages = "org.classbell.store")
@ConfigurationPropertiesScan({ "org.classbell.store", "org.classbell.notifier" })
@TestComponent
public class NotifierTestApplication {

	/**
	 * The properties that keep a test quiet: no dispatch, no schedules.
	 */
	public static final String[] QUIET = { "classbell.notifier.dispatch.enabled=false",
			"classbell.reports.scheduled=false", "classbell.home=${java.io.tmpdir}/classbell-test-${random.uuid}" };

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
