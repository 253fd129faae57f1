package org.classbell.app.schools;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import org.classbell.app.web.ApiErrors.FieldProblem;
import org.classbell.store.roster.PhoneNumber;
import org.classbell.store.school.School;
import org.classbell.store.school.SmsSender;

/**
 * The body of {@code POST /api/schools} or {@code PATCH /api/schools/{code}}, read and
 * checked field by field: what it sets, or every field that is wrong.
 */
final class SchoolRequest {

	static final String CODE = "code";

	static final String NAME = "name";

	static final String TIME_ZONE = "timezone";

	static final String REGION = "region";

	static final String SMS_FROM = "smsFrom";

	static final String SMS_SERVICE = "smsMessagingService";

	static final int MAX_NAME = 200;

	private static final int SHOWN = 60;

	private final Predicate<ZoneId> databaseZones;

	private final List<FieldProblem> problems = new ArrayList<>();

	private String code;

	private String name;

	private ZoneId timeZone;

	private String region;

	private boolean senderGiven;

	private String smsFrom;

	private String smsService;

	private SchoolRequest(Predicate<ZoneId> databaseZones) {
		this.databaseZones = databaseZones;
	}

	/**
	 * Reads a new school: code and name are needed.
	 */
	static SchoolRequest creation(JsonNode body, Predicate<ZoneId> databaseZones) {
		SchoolRequest request = read(body, databaseZones,
				List.of(CODE, NAME, TIME_ZONE, REGION, SMS_FROM, SMS_SERVICE));
		if (request.code == null && !body.has(CODE)) {
			request.problem(CODE, "api.error.schools.code", "");
		}
		if (request.name == null && !body.has(NAME)) {
			request.problem(NAME, "api.error.schools.name", "");
		}
		return request;
	}

	/**
	 * Reads a change of a school: any field but the code, which paths and template
	 * directories name it by.
	 */
	static SchoolRequest change(JsonNode body, Predicate<ZoneId> databaseZones) {
		return read(body, databaseZones, List.of(NAME, TIME_ZONE, REGION, SMS_FROM, SMS_SERVICE));
	}

	private static SchoolRequest read(JsonNode body, Predicate<ZoneId> databaseZones, List<String> known) {
		SchoolRequest request = new SchoolRequest(databaseZones);
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			if (known.contains(field.getKey())) {
				request.field(field.getKey(), field.getValue());
			}
			else {
				request.problems.add(new FieldProblem(field.getKey(), "api.error.schools.unknown",
						Map.of("field", shown(field.getKey()), "known", String.join(", ", known))));
			}
		}
		if (request.smsFrom != null && request.smsService != null) {
			request.problem(SMS_SERVICE, "api.error.schools.sender_both", "");
		}
		return request;
	}

	private void field(String field, JsonNode value) {
		String text = value.isString() ? value.stringValue().strip() : null;
		switch (field) {
			case CODE -> {
				if (School.isCode(text)) {
					this.code = text;
				}
				else {
					problem(field, "api.error.schools.code", value);
				}
			}
			case NAME -> {
				if (text != null && !text.isEmpty() && text.length() <= MAX_NAME) {
					this.name = text;
				}
				else {
					problem(field, "api.error.schools.name", value);
				}
			}
			case TIME_ZONE -> {
				if (text != null && ZoneId.getAvailableZoneIds().contains(text)
						&& this.databaseZones.test(ZoneId.of(text))) {
					this.timeZone = ZoneId.of(text);
				}
				else {
					problem(field, "api.error.schools.timezone", value);
				}
			}
			case REGION -> {
				String region = (text != null) ? text.toUpperCase(Locale.ROOT) : null;
				if (PhoneNumber.isRegion(region)) {
					this.region = region;
				}
				else {
					problem(field, "api.error.schools.region", value);
				}
			}
			case SMS_FROM -> this.smsFrom = sender(field, value, "api.error.schools.sms_from",
					(given) -> new SmsSender(given, null));
			default -> this.smsService = sender(field, value, "api.error.schools.sms_service",
					(given) -> new SmsSender(null, given));
		}
	}

	private String sender(String field, JsonNode value, String key, Consumer<String> check) {
		this.senderGiven = true;
		if (value.isNull() || (value.isString() && value.stringValue().isBlank())) {
			return null;
		}
		if (value.isString()) {
			try {
				check.accept(value.stringValue().strip());
				return value.stringValue().strip();
			}
			catch (IllegalArgumentException ex) {
				// told below
			}
		}
		problem(field, key, value);
		return null;
	}

	private void problem(String field, String key, Object value) {
		String shown = (value instanceof JsonNode node) ? (node.isString() ? node.stringValue() : node.toString())
				: String.valueOf(value);
		this.problems.add(new FieldProblem(field, key, Map.of("field", field, "value", shown(shown))));
	}

	private static String shown(String text) {
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN) + "…";
	}

	List<FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	String code() {
		return this.code;
	}

	/** The name asked for, or null to keep it. */
	String name() {
		return this.name;
	}

	/** The time zone asked for, or null to keep (or, for a new school, the node's). */
	ZoneId timeZone() {
		return this.timeZone;
	}

	/** The phone region asked for, or null to keep (or, for a new school, the node's). */
	String region() {
		return this.region;
	}

	/**
	 * The sender asked for: the given one when either sender field was given (null fields
	 * clearing it), else the one the school has.
	 */
	SmsSender sender(SmsSender current) {
		if (!this.senderGiven) {
			return current;
		}
		return new SmsSender(this.smsFrom, this.smsService);
	}

}
