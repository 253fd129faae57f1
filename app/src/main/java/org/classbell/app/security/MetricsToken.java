package org.classbell.app.security;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The bearer token that reads the metrics and nothing else
 * ({@code CLASSBELL_METRICS_TOKEN}), for a Prometheus server that should not hold the
 * admin token. Unset, it matches no token. A token shorter than {@value #MIN_LENGTH}
 * characters, or the admin token (which reads the metrics anyway), stops the start with a
 * message that does not repeat it.
 */
@Component
public class MetricsToken {

	/** The shortest metrics token taken. */
	public static final int MIN_LENGTH = 16;

	/** {@code null} when unset */
	private final SecretToken token;

	MetricsToken(MetricsProperties properties, AdminToken admin) {
		if (!StringUtils.hasText(properties.token())) {
			this.token = null;
			return;
		}
		int length = properties.token().strip().length();
		if (length < MIN_LENGTH) {
			throw new IllegalArgumentException("CLASSBELL_METRICS_TOKEN (classbell.metrics.token) is " + length
					+ " characters long; it must have at least " + MIN_LENGTH
					+ ", such as the 48 that `openssl rand -hex 24` prints");
		}
		if (admin.matches(properties.token())) {
			throw new IllegalStateException("CLASSBELL_METRICS_TOKEN (classbell.metrics.token) is the admin token; "
					+ "give it a token of its own, which reads the metrics only, or leave it unset");
		}
		this.token = new SecretToken(properties.token());
	}

	/**
	 * Whether a presented token is this one, compared in constant time; never when unset.
	 */
	public boolean matches(String presented) {
		return this.token != null && this.token.matches(presented);
	}

	/**
	 * Who reads the metrics, for the start-up log.
	 */
	public String whoReads() {
		return (this.token != null) ? "the admin token or CLASSBELL_METRICS_TOKEN"
				: "the admin token (set CLASSBELL_METRICS_TOKEN for a token that reads the metrics only)";
	}

}
