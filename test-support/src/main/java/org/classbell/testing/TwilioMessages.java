package org.classbell.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.classbell.testing.JsonHttpServer.JSON;

/**
 * The Messages resource of {@link FakeTwilio} (API version 2010-04-01) behind HTTP Basic
 * authentication: it creates messages and lists them, newest first, with Twilio's filters
 * and paging, and answers errors in Twilio's JSON shape. Guarded by the server's lock.
 */
final class TwilioMessages {

	private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.US);

	private static final int DEFAULT_PAGE_SIZE = 50;

	private static final int MAX_PAGE_SIZE = 1000;

	private final Object lock;

	private final String accountSid;

	private final String authToken;

	private final List<Stored> stored = new ArrayList<>();

	TwilioMessages(Object lock, String accountSid, String authToken) {
		this.lock = lock;
		this.accountSid = accountSid;
		this.authToken = authToken;
	}

	List<SentSms> sent() {
		synchronized (this.lock) {
			return this.stored.stream().map(Stored::sent).toList();
		}
	}

	int count() {
		synchronized (this.lock) {
			return this.stored.size();
		}
	}

	void clear() {
		synchronized (this.lock) {
			this.stored.clear();
		}
	}

	JsonAnswer answer(String method, String path, Map<String, String> params, String authorization) {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((this.accountSid + ":" + this.authToken).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(authorization)) {
			return error(401, 20003, "Authenticate");
		}
		Matcher messages = MESSAGES.matcher(path);
		if (!messages.matches() || !messages.group(1).equals(this.accountSid)) {
			return error(404, 20404, "The requested resource " + path + " was not found");
		}
		return switch (method) {
			case "POST" -> create(params);
			case "GET" -> list(params);
			default -> error(405, 20004, "Method not allowed");
		};
	}

	static JsonAnswer error(int status, int code, String message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("code", code);
		body.put("message", message);
		body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
		body.put("status", status);
		return new JsonAnswer(status, body);
	}

	/**
	 * The SMS segments a text takes: GSM-7 (160 alone, 153 each when split) when it is
	 * all printable ASCII and line breaks, UCS-2 (70 alone, 67 each) otherwise.
	 */
	static int segments(String text) {
		boolean gsm = text.chars().allMatch((c) -> (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r');
		int single = gsm ? 160 : 70;
		int part = gsm ? 153 : 67;
		return (text.length() <= single) ? 1 : (text.length() + part - 1) / part;
	}

	private JsonAnswer create(Map<String, String> params) {
		String to = params.get("To");
		String from = params.get("From");
		String service = params.get("MessagingServiceSid");
		String body = params.get("Body");
		if (isBlank(to)) {
			return error(400, 21604, "A 'To' phone number is required.");
		}
		if (isBlank(from) && isBlank(service)) {
			return error(400, 21603, "A 'From' phone number is required.");
		}
		if (isBlank(body) && !params.containsKey("MediaUrl")) {
			return error(400, 21602, "Message body is required.");
		}
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		SentSms sent = new SentSms(sid, to, blankToNull(from), blankToNull(service), body, params.get("StatusCallback"),
				segments(body), now);
		ObjectNode resource = resource(sent);
		synchronized (this.lock) {
			this.stored.add(new Stored(sent, resource));
		}
		return new JsonAnswer(201, resource);
	}

	private JsonAnswer list(Map<String, String> params) {
		Predicate<SentSms> filter = (sent) -> true;
		if (params.containsKey("To")) {
			filter = filter.and((sent) -> params.get("To").equals(sent.to()));
		}
		if (params.containsKey("From")) {
			filter = filter.and((sent) -> params.get("From").equals(sent.from()));
		}
		try {
			LocalDate on = day(params.get("DateSent"));
			LocalDate after = day(params.get("DateSent>"));
			LocalDate before = day(params.get("DateSent<"));
			filter = filter.and((sent) -> {
				LocalDate sentOn = sent.dateSent().toLocalDate();
				return (on == null || sentOn.equals(on)) && (after == null || !sentOn.isBefore(after))
						&& (before == null || !sentOn.isAfter(before));
			});
		}
		catch (DateTimeParseException ex) {
			return error(400, 20001, "Invalid DateSent: " + ex.getParsedString());
		}
		int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, number(params.get("PageSize"), DEFAULT_PAGE_SIZE)));
		int page = Math.max(0, number(params.get("Page"), 0));
		List<ObjectNode> matching = new ArrayList<>();
		synchronized (this.lock) {
			for (int i = this.stored.size() - 1; i >= 0; i--) {
				if (filter.test(this.stored.get(i).sent())) {
					matching.add(this.stored.get(i).json());
				}
			}
		}
		int start = Math.min(page * pageSize, matching.size());
		int end = Math.min(start + pageSize, matching.size());
		ObjectNode body = JSON.createObjectNode();
		body.putArray("messages").addAll(matching.subList(start, end));
		body.put("first_page_uri", pageUri(params, pageSize, 0));
		body.put("next_page_uri", (end < matching.size()) ? pageUri(params, pageSize, page + 1) : null);
		body.put("previous_page_uri", (page > 0) ? pageUri(params, pageSize, page - 1) : null);
		body.put("page", page);
		body.put("page_size", pageSize);
		body.put("start", start);
		body.put("end", Math.max(start, end - 1));
		body.put("uri", pageUri(params, pageSize, page));
		return new JsonAnswer(200, body);
	}

	private ObjectNode resource(SentSms sent) {
		String date = RFC_2822.format(sent.dateSent());
		String uri = "/2010-04-01/Accounts/" + this.accountSid + "/Messages/" + sent.sid();
		ObjectNode resource = JSON.createObjectNode();
		resource.put("account_sid", this.accountSid);
		resource.put("api_version", "2010-04-01");
		resource.put("body", sent.body());
		resource.put("date_created", date);
		resource.put("date_sent", date);
		resource.put("date_updated", date);
		resource.put("direction", "outbound-api");
		resource.putNull("error_code");
		resource.putNull("error_message");
		resource.put("from", sent.from());
		resource.put("messaging_service_sid", sent.messagingServiceSid());
		resource.put("num_media", "0");
		resource.put("num_segments", Integer.toString(sent.segments()));
		resource.putNull("price");
		resource.put("price_unit", "USD");
		resource.put("sid", sent.sid());
		resource.put("status", (sent.from() != null) ? "queued" : "accepted");
		ObjectNode subresources = resource.putObject("subresource_uris");
		subresources.put("media", uri + "/Media.json");
		subresources.put("feedback", uri + "/Feedback.json");
		resource.put("to", sent.to());
		resource.put("uri", uri + ".json");
		return resource;
	}

	private String pageUri(Map<String, String> params, int pageSize, int page) {
		StringBuilder uri = new StringBuilder("/2010-04-01/Accounts/" + this.accountSid + "/Messages.json?");
		params.forEach((name, value) -> {
			if (!name.equals("Page") && !name.equals("PageSize") && !name.equals("PageToken")) {
				uri.append(encode(name)).append('=').append(encode(value)).append('&');
			}
		});
		return uri.append("PageSize=").append(pageSize).append("&Page=").append(page).toString();
	}

	/**
	 * The day of a {@code DateSent} filter, which the SDK sends as a UTC date and time.
	 */
	private static LocalDate day(String value) {
		return (value == null) ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
	}

	private static int number(String value, int otherwise) {
		try {
			return (value != null) ? Integer.parseInt(value) : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text;
	}

	private record Stored(SentSms sent, ObjectNode json) {

	}

}
