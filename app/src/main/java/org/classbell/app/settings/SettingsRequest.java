package org.classbell.app.settings;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.classbell.app.web.ApiErrors.FieldProblem;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.roster.PhoneNumber;
import org.classbell.store.school.SegmentBudgets;

/**
 * Reads the body of {@code PUT /api/settings}: any of the settings, each checked, with a
 * problem naming each field that is wrong or unknown. Nothing is changed unless there is
 * none. The console's settings form is read by it too, so both check alike.
 */
public final class SettingsRequest {

	public static final String QUIET_HOURS = "quietHours";

	public static final String TRANSLITERATION = "smsTransliteration";

	public static final String SEGMENTS = "smsSegments";

	public static final String PHONE_REGION = "phoneRegion";

	public static final String TIME_ZONE = "timeZone";

	public static final String TEACHER_QUIET_HOURS = "teacherQuietHours";

	public static final String ILLNESS_EXCUSES = "illnessExcuses";

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

	/** How much of a wrong value an answer repeats. */
	private static final int SHOWN = 60;

	private final Predicate<ZoneId> databaseZones;

	private final List<FieldProblem> problems = new ArrayList<>();

	private LocalTime quietFrom;

	private LocalTime quietTo;

	private Boolean transliterate;

	private final Map<Budget, Integer> segments = new EnumMap<>(Budget.class);

	private String phoneRegion;

	private ZoneId timeZone;

	private LocalTime teacherQuietFrom;

	private LocalTime teacherQuietTo;

	private Boolean illnessExcuses;

	private SettingsRequest(Predicate<ZoneId> databaseZones) {
		this.databaseZones = databaseZones;
	}

	/**
	 * Reads a request's body, a JSON object.
	 * @param databaseZones whether the database knows a time zone Java knows
	 */
	public static Read read(JsonNode body, Predicate<ZoneId> databaseZones) {
		if (!body.isObject()) {
			throw new IllegalArgumentException("The settings are a JSON object");
		}
		SettingsRequest request = new SettingsRequest(databaseZones);
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			request.field(field.getKey(), field.getValue());
		}
		return request.problems.isEmpty()
				? new Read(new SettingsChange(request.quietFrom, request.quietTo, request.transliterate,
						request.segments, request.phoneRegion, request.timeZone, request.teacherQuietFrom,
						request.teacherQuietTo, request.illnessExcuses), List.of())
				: new Read(null, List.copyOf(request.problems));
	}

	private void field(String name, JsonNode value) {
		switch (name) {
			case QUIET_HOURS -> {
				LocalTime[] hours = quietHours(QUIET_HOURS, value);
				if (hours != null) {
					this.quietFrom = hours[0];
					this.quietTo = hours[1];
				}
			}
			case TEACHER_QUIET_HOURS -> {
				LocalTime[] hours = quietHours(TEACHER_QUIET_HOURS, value);
				if (hours != null) {
					this.teacherQuietFrom = hours[0];
					this.teacherQuietTo = hours[1];
				}
			}
			case TRANSLITERATION -> this.transliterate = bool(name, value);
			case ILLNESS_EXCUSES -> this.illnessExcuses = bool(name, value);
			case SEGMENTS -> segments(value);
			case PHONE_REGION -> phoneRegion(value);
			case TIME_ZONE -> timeZone(value);
			default -> unknown(name, List.of(QUIET_HOURS, TEACHER_QUIET_HOURS, TRANSLITERATION, SEGMENTS, PHONE_REGION,
					TIME_ZONE, ILLNESS_EXCUSES));
		}
	}

	private Boolean bool(String name, JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		problem(name, "api.error.settings.boolean", value);
		return null;
	}

	/**
	 * Quiet hours as {@code {"from": "HH:MM", "to": "HH:MM"}}: their start and end, or
	 * {@code null} and a problem.
	 */
	private LocalTime[] quietHours(String field, JsonNode value) {
		if (!value.isObject()) {
			problem(field, "api.error.settings.quiet_hours", value);
			return null;
		}
		for (String name : value.propertyNames()) {
			if (!name.equals("from") && !name.equals("to")) {
				unknown(field + "." + name, List.of("from", "to"));
			}
		}
		if (!value.has("from") || !value.has("to")) {
			problem(field, "api.error.settings.quiet_hours", value);
			return null;
		}
		LocalTime from = time(field + ".from", value.get("from"));
		LocalTime to = time(field + ".to", value.get("to"));
		if (from != null && to != null && from.equals(to)) {
			problem(field, "api.error.settings.quiet_same", value);
			return null;
		}
		return (from != null && to != null) ? new LocalTime[] { from, to } : null;
	}

	/**
	 * A time as {@code HH:MM} (or {@code H:MM}), or {@code null} and a problem.
	 */
	private LocalTime time(String field, JsonNode value) {
		String text = value.isString() ? value.stringValue().strip() : "";
		if (TIME.matcher(text).matches()) {
			int colon = text.indexOf(':');
			return LocalTime.of(Integer.parseInt(text.substring(0, colon)),
					Integer.parseInt(text.substring(colon + 1)));
		}
		problem(field, "api.error.schedule.time", value);
		return null;
	}

	private void segments(JsonNode value) {
		if (!value.isObject()) {
			problem(SEGMENTS, "api.error.settings.segments_object", value);
			return;
		}
		for (Map.Entry<String, JsonNode> budget : value.properties()) {
			String field = SEGMENTS + "." + budget.getKey();
			Budget kind = Arrays.stream(Budget.values())
				.filter((candidate) -> name(candidate).equals(budget.getKey()))
				.findFirst()
				.orElse(null);
			JsonNode segments = budget.getValue();
			if (kind == null) {
				unknown(field, Arrays.stream(Budget.values()).map(SettingsRequest::name).toList());
			}
			else if (segments.isNull()) {
				this.segments.put(kind, null);
			}
			else if (segments.isIntegralNumber() && segments.canConvertToInt()
					&& SegmentBudgets.allows(segments.intValue())) {
				this.segments.put(kind, segments.intValue());
			}
			else {
				this.problems.add(new FieldProblem(field, "api.error.settings.segments", Map.of("field", field, "value",
						shown(segments), "min", SegmentBudgets.MIN, "max", SegmentBudgets.MAX)));
			}
		}
	}

	/**
	 * A budget's name in JSON: {@code alert}, {@code announcement}, {@code report}.
	 */
	public static String name(Budget budget) {
		return budget.name().toLowerCase(Locale.ROOT);
	}

	private void phoneRegion(JsonNode value) {
		String region = value.isString() ? value.stringValue().strip().toUpperCase(Locale.ROOT) : null;
		if (PhoneNumber.isRegion(region)) {
			this.phoneRegion = region;
		}
		else {
			problem(PHONE_REGION, "api.error.settings.phone_region", value);
		}
	}

	private void timeZone(JsonNode value) {
		String id = value.isString() ? value.stringValue().strip() : "";
		if (ZoneId.getAvailableZoneIds().contains(id) && this.databaseZones.test(ZoneId.of(id))) {
			this.timeZone = ZoneId.of(id);
		}
		else {
			problem(TIME_ZONE, "api.error.settings.time_zone", value);
		}
	}

	private void unknown(String field, List<String> known) {
		this.problems.add(new FieldProblem(field, "api.error.settings.unknown",
				Map.of("field", field, "known", String.join(", ", known))));
	}

	private void problem(String field, String key, JsonNode value) {
		this.problems.add(new FieldProblem(field, key, Map.of("field", field, "value", shown(value))));
	}

	/**
	 * A wrong value as an answer repeats it: a text as it is, anything else as JSON; cut
	 * when long.
	 */
	private static String shown(JsonNode value) {
		String text = value.isString() ? value.stringValue() : value.toString();
		return (text.length() <= SHOWN) ? text : text.substring(0, SHOWN) + "…";
	}

	/**
	 * What a request asks: the change, or the problems that stop it.
	 *
	 * @param change the change, when there are no problems
	 * @param problems every field that is wrong or unknown, in the order of the request
	 */
	public record Read(SettingsChange change, List<FieldProblem> problems) {

	}

}
