package org.classbell.notifier.polls;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Letterhead;
import org.classbell.notifier.outbox.Recipient;
import org.classbell.notifier.sms.SmsForms;
import org.classbell.notifier.sms.SmsForms.Budget;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollResults;
import org.classbell.templates.ChatText;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.Quote;
import org.classbell.templates.sms.SmsText;

import org.springframework.stereotype.Component;

/**
 * The words of a poll: the message guardians get in a messenger (with a button per
 * option, the chosen ones ticked) or by SMS (options numbered, within the SMS budget of
 * announcements, the question shortened before an option is lost), in the school's texts
 * and headed with its name for a parent in two schools ({@link Letterhead}); and the
 * results its author sees, fitted to a messenger's message.
 */
@Component
public class PollTexts {

	/** The longest button label: an option is cut to it. */
	static final int LABEL = 60;

	/** The most characters of the results: MAX's limit, the smaller. */
	static final int RESULTS_LIMIT = ChatText.MAX_LIMIT;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm", Locale.ROOT);

	private final MessageCatalog messages;

	private final SmsForms forms;

	PollTexts(MessageCatalog messages, SmsForms forms) {
		this.messages = messages;
		this.forms = forms;
	}

	/**
	 * A time as polls show it, {@code 28.11 20:00}, in the school's time zone.
	 */
	public static String when(Instant at, ZoneId zone) {
		return WHEN.format(at.atZone(zone));
	}

	/**
	 * The poll as a guardian gets it in a messenger, in HTML.
	 */
	public String forMessenger(Poll poll, Recipient recipient, String author, ZoneId zone) {
		Letterhead head = recipient.letterhead();
		MessageCatalog messages = head.catalog(this.messages);
		return head.chat(messages, recipient.locale(), messages.renderHtml(recipient.locale(), "poll.ask.telegram",
				Map.of("everyone", everyone(poll), "class", className(poll), "children", children(poll, recipient),
						"question", poll.question(), "multiple", yesNo(poll.multiple()), "anonymous",
						yesNo(poll.anonymous()), "closes", when(poll.closesAt(), zone), "author", author)));
	}

	/**
	 * The poll as a guardian gets it by SMS: the options numbered, within the school's
	 * budget of announcements; a question too long for it is shortened, never an option.
	 */
	public String forSms(Poll poll, Recipient recipient, ZoneId zone) {
		SmsForms.Form form = this.forms.form(Budget.ANNOUNCEMENT, recipient.transliterate(), recipient.smsSegments());
		String options = IntStream.rangeClosed(1, poll.options().size())
			.mapToObj((number) -> number + " — " + poll.option(number))
			.collect(Collectors.joining(", "));
		String question = poll.question();
		Letterhead head = recipient.letterhead();
		MessageCatalog messages = head.catalog(this.messages);
		while (true) {
			String text = head.sms(messages, recipient.locale(),
					messages.render(recipient.locale(), "poll.ask.sms",
							Map.of("everyone", everyone(poll), "class", className(poll), "question", question,
									"multiple", yesNo(poll.multiple()), "options", options, "closes",
									when(poll.closesAt(), zone))));
			String sent = form.transliterate() ? SmsText.transliterate(text) : SmsText.smart(text);
			if (SmsText.measure(sent).segments() <= form.segments() || question.length() <= 20) {
				return this.forms.sms(text, form);
			}
			question = Quote.cut(question, question.length() - 10);
		}
	}

	/**
	 * The buttons under the poll: one per option and row, those chosen ticked.
	 */
	public List<List<Button>> buttons(Poll poll, List<Integer> chosen) {
		return IntStream.rangeClosed(1, poll.options().size())
			.mapToObj((number) -> List.of(new Button(label(poll, number, chosen), PollButtons.vote(poll.id(), number))))
			.toList();
	}

	/**
	 * An option's button label, ticked when chosen.
	 */
	public static String label(Poll poll, int number, List<Integer> chosen) {
		String option = Quote.cut(poll.option(number), LABEL);
		return chosen.contains(number) ? "✓ " + option : option;
	}

	/**
	 * The options chosen, by their words.
	 */
	public static String answer(Poll poll, List<Integer> chosen) {
		return chosen.stream().map(poll::option).collect(Collectors.joining("; "));
	}

	/**
	 * The poll's message as sent, with the guardian's answer under it.
	 */
	public String withAnswer(Locale locale, String sent, Poll poll, List<Integer> chosen) {
		if (chosen.isEmpty()) {
			return sent;
		}
		return sent + "\n\n"
				+ this.messages.renderHtml(locale, "poll.your_answer", Map.of("answer", answer(poll, chosen)));
	}

	/**
	 * The results for the author: counts per option, the share that answered, and for a
	 * poll that is not anonymous who has not answered, as many as fit with
	 * {@code и ещё N} for the rest.
	 */
	public String results(Locale locale, PollResults results, ZoneId zone) {
		Poll poll = results.poll();
		String options = IntStream.rangeClosed(1, poll.options().size())
			.mapToObj((number) -> this.messages.renderHtml(locale, "poll.results.option",
					Map.of("number", number, "option", poll.option(number), "count", results.counts().get(number - 1))))
			.collect(Collectors.joining("\n"));
		boolean closed = poll.closedAt() != null;
		String text = this.messages.render(locale, "poll.results",
				Map.of("closed", yesNo(closed), "everyone", everyone(poll), "class",
						MessageCatalog.escapeHtml(className(poll)), "question",
						MessageCatalog.escapeHtml(poll.question()), "options", options, "answered", results.answered(),
						"asked", results.asked(), "percent", results.percentAnswered(), "anonymous",
						yesNo(poll.anonymous()), "closes", when(poll.closingTime(), zone)));
		if (results.silent().isEmpty()) {
			return text;
		}
		List<String> names = new ArrayList<>();
		int count = results.silent().size();
		for (PollResults.Silent silent : results.silent()) {
			String name = MessageCatalog.escapeHtml(silent.children().isEmpty() ? silent.guardian()
					: silent.guardian() + " (" + silent.children() + ")");
			List<String> more = new ArrayList<>(names);
			more.add(name);
			int rest = count - more.size();
			if (ChatText.length(silentPart(locale, text, closed, count, more, rest)) > RESULTS_LIMIT) {
				return silentPart(locale, text, closed, count, names, count - names.size());
			}
			names = more;
		}
		return silentPart(locale, text, closed, count, names, 0);
	}

	private String silentPart(Locale locale, String text, boolean closed, int count, List<String> names, int rest) {
		List<String> shown = new ArrayList<>(names);
		if (rest > 0) {
			shown.add(this.messages.render(locale, "poll.results.more", Map.of("count", rest)));
		}
		return text + "\n\n" + this.messages.render(locale, "poll.results.silent",
				Map.of("closed", yesNo(closed), "count", count, "names", String.join("; ", shown)));
	}

	private static String children(Poll poll, Recipient recipient) {
		return recipient.children()
			.stream()
			.map((child) -> (poll.classId() != null) ? child.firstName() : child.firstName() + ", " + child.className())
			.distinct()
			.collect(Collectors.joining("; "));
	}

	private static String everyone(Poll poll) {
		return yesNo(poll.classId() == null);
	}

	private static String className(Poll poll) {
		return (poll.className() != null) ? poll.className() : "";
	}

	private static String yesNo(boolean yes) {
		return yes ? "yes" : "no";
	}

}
