package org.classbell.notifier;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifier ({@code classbell.notifier.*}).
 *
 * @param mergeWindow absences of one child logged within this window make one alert
 * ({@code CLASSBELL_NOTIFIER_MERGE_WINDOW})
 */
@ConfigurationProperties("classbell.notifier")
public record NotifierProperties(@DefaultValue("2m") Duration mergeWindow) {

	public NotifierProperties {
		if (mergeWindow.isNegative()) {
			throw new IllegalArgumentException("classbell.notifier.merge-window must not be negative");
		}
	}

}
