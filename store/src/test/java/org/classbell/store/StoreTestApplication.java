package org.classbell.store;

import org.classbell.store.testing.MutableClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The store alone, as its integration tests run it. A test component, so that the
 * application's component scan in other modules' tests leaves it out.
 */
@SpringBootApplication
@TestComponent
@ConfigurationPropertiesScan
public class StoreTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
