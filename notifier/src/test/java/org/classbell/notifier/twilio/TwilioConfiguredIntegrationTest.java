package org.classbell.notifier.twilio;

import org.junit.jupiter.api.Test;

import org.classbell.notifier.NodeProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioConfiguredIntegrationTest {

	final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, TwilioCarrier.class)
		.withPropertyValues("classbell.twilio.api-url=http://127.0.0.1:9");

	@Test
	void makesTheCarrierWhenTwilioIsConfigured() {
		this.contexts
			.withPropertyValues("classbell.twilio.account-sid=AC0123", "classbell.twilio.auth-token=secret",
					"classbell.twilio.from=+15005550006")
			.run((context) -> assertThat(context).hasSingleBean(TwilioCarrier.class));
		this.contexts
			.withPropertyValues("classbell.twilio.account-sid=AC0123", "classbell.twilio.auth-token=secret",
					"classbell.twilio.messaging-service-sid=MG0123")
			.run((context) -> assertThat(context).hasSingleBean(TwilioCarrier.class));
	}

	@Test
	void makesNoCarrierWhileTheChannelIsOff() {
		this.contexts.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TwilioCarrier.class));
		this.contexts.withPropertyValues("classbell.twilio.account-sid=AC0123", "classbell.twilio.auth-token=secret")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TwilioCarrier.class));
		this.contexts.withPropertyValues("classbell.twilio.account-sid=AC0123", "classbell.twilio.from=+15005550006")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TwilioCarrier.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ TwilioProperties.class, NodeProperties.class })
	static class Settings {

	}

}
