package org.classbell.notifier.max;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MAX Bot API client, at the base URL configured ({@code CLASSBELL_MAX_API_URL}),
 * when a token is set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMax
public class MaxConfiguration {

	@Bean
	MaxApi maxApi(MaxProperties properties) {
		return new MaxApi(properties.apiUrl(), properties.token());
	}

}
