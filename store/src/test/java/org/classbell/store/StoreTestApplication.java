package org.classbell.store;

import org.classbell.store.testing.MutableClock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The store alone, as its integration tests run it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StoreTestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

}
