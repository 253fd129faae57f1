package org.classbell.notifier.twilio;

import org.classbell.notifier.ChannelStatus;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the {@code classbell.twilio.*} settings turn the SMS channel on, as
 * {@link TwilioProperties#status()} tells.
 */
class TwilioConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ChannelStatus status = Binder.get(context.getEnvironment())
			.bind("classbell.twilio", TwilioProperties.class)
			.orElseGet(() -> new TwilioProperties(null, null, null, null, TwilioHttpClient.TWILIO_API))
			.status();
		return status.on() ? ConditionOutcome.match(status.describe()) : ConditionOutcome.noMatch(status.describe());
	}

}
