package org.classbell.notifier.twilio;

import java.net.URI;

import org.classbell.notifier.ChannelStatus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the SMS channel through Twilio ({@code classbell.twilio.*}, from
 * {@code CLASSBELL_TWILIO_*}). Without an account SID and auth token the channel is off.
 *
 * @param accountSid the account ({@code CLASSBELL_TWILIO_ACCOUNT_SID})
 * @param authToken its auth token ({@code CLASSBELL_TWILIO_AUTH_TOKEN})
 * @param from the sender number ({@code CLASSBELL_TWILIO_FROM})
 * @param messagingServiceSid or a messaging service to send through
 * ({@code CLASSBELL_TWILIO_MESSAGING_SERVICE_SID})
 * @param apiUrl the REST API base URL ({@code CLASSBELL_TWILIO_API_URL})
 */
@ConfigurationProperties("classbell.twilio")
public record TwilioProperties(String accountSid, String authToken, String from, String messagingServiceSid,
		@DefaultValue("https://api.twilio.com") URI apiUrl) {

	public ChannelStatus status() {
		if (!StringUtils.hasText(this.accountSid) || !StringUtils.hasText(this.authToken)) {
			return ChannelStatus.off("SMS",
					"set CLASSBELL_TWILIO_ACCOUNT_SID and CLASSBELL_TWILIO_AUTH_TOKEN to send SMS");
		}
		if (!StringUtils.hasText(this.from) && !StringUtils.hasText(this.messagingServiceSid)) {
			return ChannelStatus.off("SMS",
					"set CLASSBELL_TWILIO_FROM or CLASSBELL_TWILIO_MESSAGING_SERVICE_SID to say who SMS come from");
		}
		String sender = StringUtils.hasText(this.messagingServiceSid) ? "messaging service " + this.messagingServiceSid
				: "from " + this.from;
		return ChannelStatus.on("SMS", "Twilio " + this.apiUrl + ", " + sender);
	}

	@Override
	public String toString() {
		return "TwilioProperties[accountSid=" + this.accountSid + ", authToken="
				+ (StringUtils.hasText(this.authToken) ? "***" : "") + ", from=" + this.from + ", messagingServiceSid="
				+ this.messagingServiceSid + ", apiUrl=" + this.apiUrl + "]";
	}

}
