package org.classbell.store.invite;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.classbell.store.testing.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class WrongCodesIntegrationTest {

	@Autowired
	WrongCodes wrongCodes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBucketCarriesWhenItIsFullAgainInMillisecondsSinceTheEpoch() {
		WrongCodes.Limit limit = new WrongCodes.Limit(5, Duration.ofMinutes(15));
		long before = System.currentTimeMillis();

		this.wrongCodes.count(42, limit);

		// one code of five refills in a fifth of the period
		long expiresAt = this.jdbc.sql("select expires_at from rate_limit_bucket").query(Long.class).single();
		assertThat(expiresAt).isBetween(before + Duration.ofMinutes(3).toMillis() - 1000,
				System.currentTimeMillis() + Duration.ofMinutes(3).toMillis() + 1000);
		assertThat(this.wrongCodes.blocked(42, limit)).isFalse();
	}

}
