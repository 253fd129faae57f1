package org.classbell.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the admin API ({@code classbell.admin.*}).
 *
 * @param token the bearer token of the admin API ({@code CLASSBELL_ADMIN_TOKEN}); when
 * not set, one is generated at first start and kept in
 * {@code $CLASSBELL_HOME/admin-token}
 */
@ConfigurationProperties("classbell.admin")
public record AdminProperties(String token) {

	@Override
	public String toString() {
		return "AdminProperties[token=***]";
	}

}
