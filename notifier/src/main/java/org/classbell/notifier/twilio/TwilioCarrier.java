package org.classbell.notifier.twilio;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.NodeProperties;
import org.classbell.notifier.dispatch.Carrier;
import org.classbell.notifier.dispatch.Outcome;
import org.classbell.notifier.dispatch.Outgoing;
import org.classbell.notifier.outbox.Channel;
import org.classbell.store.school.SmsSender;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Hands SMS to Twilio's Messages API, from the school's own number or messaging service
 * where it has one, else from the deployment's number or through its messaging service,
 * with delivery reports posted to this node when its public URL is known. Each sender is
 * a rate budget of its own. There only when the Twilio channel is on.
 * <p>
 * A rate limit (20429, HTTP 429), a 5xx answer and a network fault are worth another try;
 * STOP (21610) and a number that is no mobile number (21211, 21614, 21217) say something
 * about the guardian; any other refusal is final for the message. A 401 is final too: the
 * credentials will not mend by themselves, and the error says which settings to check,
 * whereas a retry would hold every SMS back unseen until someone looked.
 */
@Component
@Conditional(TwilioConfigured.class)
public class TwilioCarrier implements Carrier, AutoCloseable {

	/**
	 * Where Twilio posts delivery reports, under the node's public URL.
	 */
	public static final String STATUS_CALLBACK_PATH = "/webhooks/twilio/status";

	private static final Logger log = LoggerFactory.getLogger(TwilioCarrier.class);

	private static final int FIND_LIMIT = 50;

	private final TwilioProperties properties;

	private final TwilioHttpClient http;

	private final TwilioRestClient client;

	private final URI statusCallback;

	private final Sender deployment;

	@Autowired
	public TwilioCarrier(TwilioProperties properties, NodeProperties node) {
		this(on(properties), node, new TwilioHttpClient(properties.apiUrl()));
	}

	TwilioCarrier(TwilioProperties properties, NodeProperties node, TwilioHttpClient http) {
		this.properties = on(properties);
		this.http = http;
		this.client = new TwilioRestClient.Builder(properties.accountSid(), properties.authToken()).httpClient(http)
			.build();
		this.deployment = StringUtils.hasText(properties.messagingServiceSid())
				? new Sender(null, properties.messagingServiceSid()) : new Sender(properties.from(), null);
		this.statusCallback = (node.publicUrl() != null)
				? URI.create(node.publicUrl().toString().replaceFirst("/+$", "") + STATUS_CALLBACK_PATH) : null;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public Outcome send(Outgoing message) {
		Sender sender = sender(message.smsSender());
		MessageCreator creator = (sender.messagingService() != null)
				? Message.creator(new PhoneNumber(message.address()), sender.messagingService(), message.body())
				: Message.creator(new PhoneNumber(message.address()), new PhoneNumber(sender.from()), message.body());
		if (this.statusCallback != null) {
			creator.setStatusCallback(this.statusCallback);
		}
		Outcome outcome;
		try {
			Message sent = creator.create(this.client);
			outcome = new Outcome.Sent(sent.getSid(), segments(sent.getNumSegments()));
		}
		catch (ApiException ex) {
			outcome = TwilioErrors.outcome(ex, message.address());
		}
		catch (ApiConnectionException ex) {
			outcome = new Outcome.Retry(
					"Twilio unreachable: " + TwilioErrors.redact(ex.getMessage(), message.address()), null);
		}
		catch (TwilioException ex) {
			outcome = new Outcome.Retry("Twilio: " + TwilioErrors.redact(ex.getMessage(), message.address()), null);
		}
		report(message, outcome);
		return outcome;
	}

	@Override
	public boolean canFind() {
		return true;
	}

	/**
	 * Looks among the messages sent to the address since a day before the attempt (Twilio
	 * filters by the day sent) for one with the same body from this sender. Twilio gives
	 * a message its day sent once it leaves the queue, so one still queued is not found.
	 * A fault while looking is logged and answered as not found.
	 */
	@Override
	public Optional<Outcome.Sent> find(Outgoing message, Instant since) {
		try {
			Iterable<Message> candidates = Message.reader()
				.setTo(new PhoneNumber(message.address()))
				.setDateSentAfter(since.minus(Duration.ofDays(1)).atZone(ZoneOffset.UTC))
				.limit(FIND_LIMIT)
				.read(this.client);
			for (Message candidate : candidates) {
				if (message.body().equals(candidate.getBody()) && from(sender(message.smsSender()), candidate)) {
					return Optional.of(new Outcome.Sent(candidate.getSid(), segments(candidate.getNumSegments())));
				}
			}
			return Optional.empty();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look up SMS {} to {} at Twilio: {}", message, TwilioErrors.mask(message.address()),
					TwilioErrors.redact(ex.getMessage(), message.address()));
			return Optional.empty();
		}
	}

	@Override
	public int cost(Outgoing message) {
		return estimateSegments(message.body());
	}

	/**
	 * The number or messaging service the message goes from.
	 */
	@Override
	public String sender(Outgoing message) {
		return sender(message.smsSender()).address();
	}

	/**
	 * Closes the connections to Twilio.
	 */
	@Override
	public void close() {
		this.http.close();
	}

	private static TwilioProperties on(TwilioProperties properties) {
		if (!properties.status().on()) {
			throw new IllegalArgumentException("The Twilio channel is off: " + properties.status().describe());
		}
		return properties;
	}

	/**
	 * Who a school's SMS come from: its own sender, else the deployment's messaging
	 * service or number.
	 */
	private Sender sender(SmsSender school) {
		return school.isOwn() ? new Sender(school.from(), school.messagingService()) : this.deployment;
	}

	private static boolean from(Sender sender, Message candidate) {
		if (sender.messagingService() != null) {
			return sender.messagingService().equals(candidate.getMessagingServiceSid());
		}
		return candidate.getFrom() != null && sender.from().equals(candidate.getFrom().getEndpoint());
	}

	private void report(Outgoing message, Outcome outcome) {
		if (outcome instanceof Outcome.Sent sent) {
			log.debug("SMS {} to {} taken by Twilio as {}", message, TwilioErrors.mask(message.address()),
					sent.providerId());
		}
		else {
			log.warn("SMS {} to {} not taken: {}", message, TwilioErrors.mask(message.address()), outcome);
		}
	}

	private static Integer segments(String numSegments) {
		try {
			return (numSegments != null) ? Integer.valueOf(numSegments.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * SMS segments of a text: GSM-7 (160 alone, 153 each when split) when it is all
	 * printable ASCII and line breaks, UCS-2 (70 alone, 67 each) otherwise.
	 */
	private static int estimateSegments(String text) {
		boolean gsm = text.chars().allMatch((c) -> (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r');
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		return (text.length() <= single) ? 1 : (text.length() + part - 1) / part;
	}

	/**
	 * A number (or alphanumeric sender id) or a messaging service SID to send from.
	 */
	private record Sender(String from, String messagingService) {

		/**
		 * The number or service, as the rate limit counts it.
		 */
		String address() {
			return (this.messagingService != null) ? this.messagingService : this.from;
		}

	}

}
