package org.classbell.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of the metrics endpoint ({@code classbell.metrics.*}).
 *
 * @param token a bearer token that reads {@code /actuator/prometheus} and nothing else
 * ({@code CLASSBELL_METRICS_TOKEN}), at least {@value MetricsToken#MIN_LENGTH} characters
 * long (checked by {@link MetricsToken}, not here: a failed binding would print the
 * value); when not set, only the admin token reads the metrics
 */
@ConfigurationProperties("classbell.metrics")
public record MetricsProperties(String token) {

	@Override
	public String toString() {
		return "MetricsProperties[token=" + (StringUtils.hasText(this.token) ? "***" : "unset") + "]";
	}

}
