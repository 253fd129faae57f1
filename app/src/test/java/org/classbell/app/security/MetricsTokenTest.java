package org.classbell.app.security;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.store.ClassBellHome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MetricsTokenTest {

	@TempDir
	Path home;

	@Test
	void matchesTheConfiguredTokenOnly() {
		MetricsToken token = token("scrape-secret-0123456789");

		assertThat(token.matches("scrape-secret-0123456789")).isTrue();
		assertThat(token.matches(" scrape-secret-0123456789 ")).isTrue();
		assertThat(token.matches("scrape-secret-012345678")).isFalse();
		assertThat(token.matches("admin-secret-0123456789")).isFalse();
		assertThat(token.matches("")).isFalse();
		assertThat(token.matches(null)).isFalse();
		assertThat(token.whoReads()).isEqualTo("the admin token or CLASSBELL_METRICS_TOKEN");
	}

	@Test
	void matchesNothingWhenUnset() {
		for (String unset : new String[] { null, "", "   " }) {
			MetricsToken token = token(unset);

			assertThat(token.matches("")).isFalse();
			assertThat(token.matches("   ")).isFalse();
			assertThat(token.matches("admin-secret-0123456789")).isFalse();
			assertThat(token.whoReads()).startsWith("the admin token (set CLASSBELL_METRICS_TOKEN");
		}
	}

	@Test
	void refusesAShortTokenWithoutRepeatingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> token(" short-secret-15 "))
			.withMessage("CLASSBELL_METRICS_TOKEN (classbell.metrics.token) is 15 characters long; "
					+ "it must have at least 16, such as the 48 that `openssl rand -hex 24` prints")
			.withMessageNotContaining("short-secret");
		assertThat(token("sixteen-chars-ok").matches("sixteen-chars-ok")).isTrue();
	}

	@Test
	void refusesTheAdminToken() {
		assertThatIllegalStateException().isThrownBy(() -> token("admin-secret-0123456789"))
			.withMessageStartingWith("CLASSBELL_METRICS_TOKEN (classbell.metrics.token) is the admin token")
			.withMessageNotContaining("admin-secret");
	}

	@Test
	void keepsTheTokenOutOfItsDescription() {
		assertThat(new MetricsProperties("scrape-secret-0123456789")).hasToString("MetricsProperties[token=***]");
		assertThat(new MetricsProperties(null)).hasToString("MetricsProperties[token=unset]");
	}

	private MetricsToken token(String configured) {
		AdminToken admin = new AdminToken(new AdminProperties("admin-secret-0123456789"), new ClassBellHome(this.home));
		return new MetricsToken(new MetricsProperties(configured), admin);
	}

}
