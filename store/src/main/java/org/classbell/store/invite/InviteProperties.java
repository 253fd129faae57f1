package org.classbell.store.invite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of invite codes ({@code classbell.invites.*}).
 *
 * @param validity how long a code works after it is issued
 */
@ConfigurationProperties("classbell.invites")
public record InviteProperties(@DefaultValue("30d") Duration validity) {

	public InviteProperties {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("classbell.invites.validity must be positive");
		}
	}

}
