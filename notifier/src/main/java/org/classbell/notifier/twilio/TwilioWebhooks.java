package org.classbell.notifier.twilio;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.NodeProperties;
import org.classbell.notifier.dispatch.DeliveryReports;
import org.classbell.notifier.inbound.InboundSms;
import org.classbell.notifier.inbound.SentTo;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's callbacks: delivery reports and guardians' SMS to a school's number (its own,
 * or the deployment's, as {@code To} and {@code MessagingServiceSid} tell). Each request
 * must carry an {@code X-Twilio-Signature} made with the auth token over
 * {@code CLASSBELL_PUBLIC_URL} and the request path; a missing or wrong signature gets
 * 403 and changes nothing. Replies to SMS are TwiML.
 */
@RestController
@RequestMapping("/webhooks/twilio")
class TwilioWebhooks {

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);

	private static final MediaType TWIML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/**
	 * Twilio's message ids: {@code SM} or {@code MM} and 32 hex digits; letters and
	 * digits here.
	 */
	private static final Pattern MESSAGE_SID = Pattern.compile("[A-Za-z0-9]{1,64}");

	private final TwilioProperties twilio;

	private final NodeProperties node;

	private final DeliveryReports reports;

	private final InboundSms inbound;

	TwilioWebhooks(TwilioProperties twilio, NodeProperties node, DeliveryReports reports, InboundSms inbound) {
		this.twilio = twilio;
		this.node = node;
		this.reports = reports;
		this.inbound = inbound;
	}

	@PostMapping(path = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> status(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature,
			HttpServletRequest request) {
		Optional<ResponseEntity<String>> refused = refuse(form, signature, request);
		if (refused.isPresent()) {
			return refused.get();
		}
		String sid = form.getFirst("MessageSid");
		String status = form.getFirst("MessageStatus");
		if (!StringUtils.hasText(sid) || !StringUtils.hasText(status)) {
			return ResponseEntity.badRequest().body("MessageSid and MessageStatus are required");
		}
		if ("delivered".equals(status)) {
			this.reports.delivered(sid);
		}
		else if ("undelivered".equals(status) || "failed".equals(status)) {
			this.reports.undelivered(sid, TwilioErrors.undelivered(status, form.getFirst("ErrorCode")));
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> inbound(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature,
			HttpServletRequest request) {
		Optional<ResponseEntity<String>> refused = refuse(form, signature, request);
		if (refused.isPresent()) {
			return refused.get();
		}
		String from = form.getFirst("From");
		String sid = form.getFirst("MessageSid");
		if (!StringUtils.hasText(from)) {
			return ResponseEntity.badRequest().body("From is required");
		}
		if (sid != null && !MESSAGE_SID.matcher(sid).matches()) {
			return ResponseEntity.badRequest().body("MessageSid is not a message id");
		}
		Optional<String> reply = this.inbound.receive(sid, from,
				new SentTo(form.getFirst("To"), form.getFirst("MessagingServiceSid")), form.getFirst("Body"));
		String twiml = reply.map((text) -> "<Response><Message>" + xml(text) + "</Message></Response>")
			.orElse("<Response/>");
		return ResponseEntity.ok().contentType(TWIML).body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + twiml);
	}

	/**
	 * A 403 unless the request is signed by Twilio for this node's public URL.
	 */
	private Optional<ResponseEntity<String>> refuse(MultiValueMap<String, String> form, String signature,
			HttpServletRequest request) {
		if (!StringUtils.hasText(this.twilio.authToken())) {
			log.warn("Refused a Twilio callback to {}: the SMS channel is off (no CLASSBELL_TWILIO_AUTH_TOKEN)",
					request.getRequestURI());
			return Optional.of(forbidden("SMS channel is off"));
		}
		URI base = this.node.publicUrl();
		if (base == null) {
			log.warn("Refused a Twilio callback to {}: set CLASSBELL_PUBLIC_URL to check Twilio's signatures",
					request.getRequestURI());
			return Optional.of(forbidden("CLASSBELL_PUBLIC_URL is not set"));
		}
		if (!StringUtils.hasText(signature)) {
			log.warn("Refused a Twilio callback to {} without X-Twilio-Signature", request.getRequestURI());
			return Optional.of(forbidden("X-Twilio-Signature is missing"));
		}
		String url = signedUrl(base, request);
		if (!new RequestValidator(this.twilio.authToken()).validate(url, bodyParameters(form, request), signature)) {
			log.warn("Refused a Twilio callback to {}: the signature does not match {}", request.getRequestURI(), url);
			return Optional.of(forbidden("X-Twilio-Signature does not match"));
		}
		return Optional.empty();
	}

	/**
	 * The URL Twilio signed: the public base URL, this path, and the query as sent.
	 */
	static String signedUrl(URI base, HttpServletRequest request) {
		String root = base.toString().replaceAll("/+$", "");
		String query = request.getQueryString();
		return root + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

	/**
	 * The form fields of the body: Twilio signs those, and the query only as part of the
	 * URL.
	 */
	private static Map<String, String> bodyParameters(MultiValueMap<String, String> form, HttpServletRequest request) {
		Set<String> query = new HashSet<>();
		if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				query.add(pair.split("=", 2)[0]);
			}
		}
		Map<String, String> parameters = new HashMap<>();
		form.forEach((name, values) -> {
			if (!query.contains(name) && !values.isEmpty()) {
				parameters.put(name, values.get(0));
			}
		});
		return parameters;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static ResponseEntity<String> forbidden(String reason) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body(reason);
	}

}
