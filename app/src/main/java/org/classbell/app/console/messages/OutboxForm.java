package org.classbell.app.console.messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.classbell.app.console.Viewer;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.notifier.outbox.OutboxSearch;
import org.classbell.store.ClassId;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The outbox's filter as the form sends it (status, channel, class, dates from and to in
 * the school's time zone, page), and what is wrong with it.
 *
 * @param status a status code, or blank for all
 * @param channel a channel code, or blank for all
 * @param schoolClass a class id, or blank for all
 * @param from the first day, {@code yyyy-mm-dd}, or blank
 * @param to the last day, or blank
 * @param page the page, from 1
 */
record OutboxForm(String status, String channel, String schoolClass, String from, String to, String page) {

	/** The longest a field may be before it is not even looked at. */
	private static final int MAX_FIELD = 40;

	OutboxForm {
		status = clean(status);
		channel = clean(channel);
		schoolClass = clean(schoolClass);
		from = clean(from);
		to = clean(to);
		page = clean(page);
	}

	/**
	 * The message keys of what is wrong, each with the field it concerns; empty when the
	 * form is right.
	 * @param classes the school's classes
	 */
	List<Problem> problems(List<ClassId> classes) {
		List<Problem> problems = new ArrayList<>();
		if (!this.status.isEmpty() && NotificationStatus.parse(this.status).isEmpty()) {
			problems.add(new Problem("status", "messages.error.status"));
		}
		if (!this.channel.isEmpty() && !List.of("telegram", "max", "sms").contains(this.channel)) {
			problems.add(new Problem("channel", "messages.error.channel"));
		}
		if (!this.schoolClass.isEmpty() && classId().filter(classes::contains).isEmpty()) {
			problems.add(new Problem("class", "messages.error.class"));
		}
		Optional<LocalDate> first = day(this.from);
		Optional<LocalDate> last = day(this.to);
		if (!this.from.isEmpty() && first.isEmpty()) {
			problems.add(new Problem("from", "messages.error.date"));
		}
		if (!this.to.isEmpty() && last.isEmpty()) {
			problems.add(new Problem("to", "messages.error.date"));
		}
		if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
			problems.add(new Problem("to", "messages.error.period"));
		}
		if (!this.page.isEmpty() && pageNumber() < 1) {
			problems.add(new Problem("page", "messages.error.page"));
		}
		return problems;
	}

	/**
	 * The filter for the school, in its time zone; only once the form is right.
	 */
	OutboxSearch.Filter filter(Viewer viewer, ZoneId zone) {
		return new OutboxSearch.Filter(viewer.school(), NotificationStatus.parse(this.status).orElse(null),
				this.channel.isEmpty() ? null : Channel.of(this.channel), classId().orElse(null),
				day(this.from).map((day) -> day.atStartOfDay(zone).toInstant()).orElse(null),
				day(this.to).map((day) -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null));
	}

	int pageNumber() {
		if (this.page.isEmpty()) {
			return 1;
		}
		try {
			return Integer.parseInt(this.page);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * The outbox's address with this filter and the given page.
	 */
	String link(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/console/messages");
		param(uri, "status", this.status);
		param(uri, "channel", this.channel);
		param(uri, "class", this.schoolClass);
		param(uri, "from", this.from);
		param(uri, "to", this.to);
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (!value.isEmpty()) {
			uri.queryParam(name, value);
		}
	}

	private Optional<ClassId> classId() {
		try {
			return Optional.of(new ClassId(Long.parseLong(this.schoolClass)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> day(String text) {
		try {
			return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static String clean(String value) {
		if (value == null) {
			return "";
		}
		String stripped = value.strip();
		return (stripped.length() > MAX_FIELD) ? stripped.substring(0, MAX_FIELD) : stripped;
	}

	/**
	 * Something wrong with a field.
	 */
	record Problem(String field, String key) {

	}

}
