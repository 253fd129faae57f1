package org.classbell.app.polls;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.classbell.app.monitoring.CsvTable;
import org.classbell.app.school.RequestedSchool;
import org.classbell.app.web.ApiErrors;
import org.classbell.store.polls.AnswerRow;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.PollResults;
import org.classbell.store.polls.PollRow;
import org.classbell.store.polls.Polls;
import org.classbell.store.school.School;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/polls}: the school's polls, newest first, with how many were asked and
 * answered; {@code GET /api/polls/{id}}: a poll's results; and {@code GET
 * /api/polls/{id}/results.csv}: its answers, UTF-8 with a byte order mark, one row per
 * option with its count for an anonymous poll, one row per guardian asked for a named
 * one. Another school's poll is no poll here.
 */
@RestController
class PollController {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Polls polls;

	private final RequestedSchool school;

	private final ApiErrors errors;

	PollController(Polls polls, RequestedSchool school, ApiErrors errors) {
		this.polls = polls;
		this.school = school;
		this.errors = errors;
	}

	@GetMapping({ "/api/polls", "/api/schools/{school}/polls" })
	List<Listed> list() {
		School school = this.school.get();
		return this.polls.list(school.id()).stream().map((row) -> Listed.of(row, school.timeZone())).toList();
	}

	@GetMapping({ "/api/polls/{id}", "/api/schools/{school}/polls/{id}" })
	ResponseEntity<?> results(@PathVariable String id, HttpServletRequest request) {
		School school = this.school.get();
		Optional<Poll> poll = find(id, school);
		if (poll.isEmpty()) {
			return unknown(id, request);
		}
		return ResponseEntity.ok(Results.of(this.polls.results(poll.get()), school.timeZone()));
	}

	@GetMapping({ "/api/polls/{id}/results.csv", "/api/schools/{school}/polls/{id}/results.csv" })
	ResponseEntity<?> csv(@PathVariable String id, HttpServletRequest request) {
		School school = this.school.get();
		Optional<Poll> poll = find(id, school);
		if (poll.isEmpty()) {
			return unknown(id, request);
		}
		CsvTable table;
		if (poll.get().anonymous()) {
			PollResults results = this.polls.results(poll.get());
			table = new CsvTable("option", "count");
			for (int number = 1; number <= poll.get().options().size(); number++) {
				table.row(poll.get().option(number), results.counts().get(number - 1));
			}
		}
		else {
			table = new CsvTable("guardian", "children", "class", "channel", "answer", "answered_at");
			for (AnswerRow row : this.polls.answers(poll.get())) {
				table.row(row.guardian(), row.children(), row.className(), row.channel(),
						row.options().stream().map(poll.get()::option).collect(Collectors.joining("; ")),
						time(row.answeredAt(), school.timeZone()));
			}
		}
		return ResponseEntity.ok()
			.contentType(CsvTable.TEXT_CSV)
			.header("Content-Disposition", "attachment; filename=\"poll-" + poll.get().id().value() + ".csv\"")
			.body((BYTE_ORDER_MARK + table.text()).getBytes(StandardCharsets.UTF_8));
	}

	private Optional<Poll> find(String id, School school) {
		if (!id.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return this.polls.find(new PollId(Long.parseLong(id)), school.id());
	}

	private ResponseEntity<?> unknown(String id, HttpServletRequest request) {
		return this.errors.answer(HttpStatus.NOT_FOUND, request, "api.error.polls.unknown", Map.of("id", id));
	}

	private static OffsetDateTime time(Instant at, ZoneId zone) {
		return (at != null) ? at.atZone(zone).toOffsetDateTime() : null;
	}

	/**
	 * A poll in the list.
	 */
	record Listed(long id, String className, String question, String author, boolean anonymous, boolean multiple,
			OffsetDateTime createdAt, OffsetDateTime closesAt, OffsetDateTime closedAt, int asked, int answered) {

		static Listed of(PollRow row, ZoneId zone) {
			return new Listed(row.id(), row.className(), row.question(), row.author(), row.anonymous(), row.multiple(),
					time(row.createdAt(), zone), time(row.closesAt(), zone), time(row.closedAt(), zone), row.asked(),
					row.answered());
		}

	}

	/**
	 * A poll's results: counts per option, the share that answered, and for a named poll
	 * who has not.
	 */
	record Results(long id, String className, String question, boolean anonymous, boolean multiple,
			OffsetDateTime createdAt, OffsetDateTime closesAt, OffsetDateTime closedAt, int asked, int answered,
			int percentAnswered, List<Option> options, List<Silent> notAnswered) {

		static Results of(PollResults results, ZoneId zone) {
			Poll poll = results.poll();
			return new Results(poll.id().value(), poll.className(), poll.question(), poll.anonymous(), poll.multiple(),
					time(poll.createdAt(), zone), time(poll.closesAt(), zone), time(poll.closedAt(), zone),
					results.asked(), results.answered(), results.percentAnswered(),
					IntStream.rangeClosed(1, poll.options().size())
						.mapToObj((number) -> new Option(number, poll.option(number), results.counts().get(number - 1)))
						.toList(),
					results.silent()
						.stream()
						.map((silent) -> new Silent(silent.guardian(), silent.children()))
						.toList());
		}

	}

	record Option(int number, String text, int count) {

	}

	record Silent(String guardian, String children) {

	}

}
