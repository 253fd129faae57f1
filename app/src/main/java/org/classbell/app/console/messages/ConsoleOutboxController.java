package org.classbell.app.console.messages;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletResponse;

import org.classbell.app.console.Viewer;
import org.classbell.notifier.outbox.NotificationId;
import org.classbell.notifier.outbox.NotificationStatus;
import org.classbell.notifier.outbox.OutboxSearch;
import org.classbell.notifier.outbox.Retries;
import org.classbell.store.school.Schools;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/messages}: the school's outbox, filtered by status, channel, class and
 * period, 50 a page, newest first; failed messages may be put back in the queue, one or
 * all the filter shows (up to {@value #RETRY_LIMIT}).
 */
@Controller
class ConsoleOutboxController {

	static final int PAGE = 50;

	static final int RETRY_LIMIT = 200;

	private final OutboxSearch search;

	private final Retries retries;

	private final Classes classes;

	private final Schools schools;

	private final Clock clock;

	ConsoleOutboxController(OutboxSearch search, Retries retries, Classes classes, Schools schools, Clock clock) {
		this.search = search;
		this.retries = retries;
		this.classes = classes;
		this.schools = schools;
		this.clock = clock;
	}

	@GetMapping("/console/messages")
	String outbox(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
			@RequestParam(name = "class", required = false) String schoolClass,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Locale locale, Model model, HttpServletResponse response) {
		viewer.requireAdmin();
		OutboxForm form = new OutboxForm(status, channel, schoolClass, from, to, page);
		List<SchoolClass> known = this.classes.all(viewer.school());
		List<OutboxForm.Problem> problems = form.problems(known.stream().map(SchoolClass::id).toList());
		model.addAttribute("form", form);
		model.addAttribute("classes", known);
		model.addAttribute("statuses",
				List.of(NotificationStatus.values()).stream().map(NotificationStatus::code).toList());
		model.addAttribute("problems", problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("lines", List.of());
			return "messages";
		}
		ZoneId zone = zone(viewer);
		OutboxSearch.Page found = this.search.page(form.filter(viewer, zone), (form.pageNumber() - 1) * PAGE, PAGE);
		int first = (form.pageNumber() - 1) * PAGE + 1;
		int last = first + found.rows().size() - 1;
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		model.addAttribute("lines", found.rows().stream().map((row) -> OutboxLine.of(row, zone, locale)).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("shown", found.rows().isEmpty() ? null
				: List.of(numbers.format(first), numbers.format(last), numbers.format(found.total())));
		model.addAttribute("previous", (form.pageNumber() > 1) ? form.link(form.pageNumber() - 1) : null);
		model.addAttribute("next", (last < found.total()) ? form.link(form.pageNumber() + 1) : null);
		model.addAttribute("self", form.link(form.pageNumber()));
		model.addAttribute("failedShown", "failed".equals(form.status()) && found.total() > 0);
		model.addAttribute("retryLimit", RETRY_LIMIT);
		return "messages";
	}

	@PostMapping("/console/messages/{id}/retry")
	String retryOne(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, @PathVariable long id,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
		viewer.requireAdmin();
		Retries.Retried retried = this.retries.retry(viewer.school(), List.of(new NotificationId(id)), viewer.actor(),
				this.clock.instant());
		tell(retried, redirect);
		return "redirect:" + safe(back);
	}

	@PostMapping("/console/messages/retry")
	String retryAll(@ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			@RequestParam(required = false) String channel,
			@RequestParam(name = "class", required = false) String schoolClass,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			RedirectAttributes redirect) {
		viewer.requireAdmin();
		OutboxForm form = new OutboxForm("failed", channel, schoolClass, from, to, null);
		if (!form.problems(this.classes.all(viewer.school()).stream().map(SchoolClass::id).toList()).isEmpty()) {
			return "redirect:" + form.link(1);
		}
		List<NotificationId> failed = this.search.failed(form.filter(viewer, zone(viewer)), RETRY_LIMIT);
		tell(this.retries.retry(viewer.school(), failed, viewer.actor(), this.clock.instant()), redirect);
		return "redirect:" + form.link(1);
	}

	private static void tell(Retries.Retried retried, RedirectAttributes redirect) {
		redirect.addFlashAttribute("retried", retried.retried());
		LinkedHashMap<String, Integer> refused = new LinkedHashMap<>();
		retried.refused().forEach((refusal, count) -> refused.put("messages.refusal." + refusal.code(), count));
		redirect.addFlashAttribute("refused", refused);
	}

	private ZoneId zone(Viewer viewer) {
		return this.schools.find(viewer.school()).orElseThrow().timeZone();
	}

	/**
	 * The outbox page to go back to: only an address of the outbox itself.
	 */
	private static String safe(String back) {
		return (back != null && back.startsWith("/console/messages") && !back.contains("//") && back.length() < 400)
				? back : "/console/messages";
	}

}
