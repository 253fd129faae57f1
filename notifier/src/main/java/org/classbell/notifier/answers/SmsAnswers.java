package org.classbell.notifier.answers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.classbell.notifier.inbound.SmsQuestions;
import org.classbell.notifier.outbox.SmsAlerts;
import org.classbell.store.answers.Answer;
import org.classbell.store.answers.AnswerSource;
import org.classbell.store.roster.Guardian;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Component;

/**
 * Absence alerts as questions an SMS answers: a reply within a day to the last alert sent
 * by SMS, with the answer's number ({@code 1}, {@code 2}, {@code 3}) or word
 * ({@code БОЛЕЕТ}, {@code ПРИЧИНА}, {@code ПОЗВОНИТЕ}, in Latin letters too), does what
 * the alert's buttons do.
 */
@Component
class SmsAnswers implements SmsQuestions {

	/** How long after an alert an SMS may answer it. */
	static final Duration ANSWERABLE = Duration.ofHours(24);

	private static final Pattern ILL = Pattern.compile(
			"1|БОЛЕЕТ|БОЛЕН|БОЛЬНА|БОЛЕЮТ|БОЛЕЗНЬ|ЗАБОЛЕЛ|ЗАБОЛЕЛА|BOLEET|BOLEYET|BOLEIET|BOLEN|BOLNA|BOLEZN|ZABOLEL|ZABOLELA|ILL|SICK");

	private static final Pattern REASON = Pattern.compile("2|ПРИЧИНА|УВАЖ\\S*|PRICHINA|UVAZH\\S*|REASON");

	private static final Pattern CONTACT = Pattern
		.compile("3|ПОЗВОНИТЕ|ПЕРЕЗВОНИТЕ|СВЯЖИТЕСЬ|ПОЗВОНИ|POZVONITE|PEREZVONITE|SVYAZHITES|SVIAZHITES|CALL");

	private final SmsAlerts alerts;

	private final AlertAnswering answering;

	private final MessageCatalog messages;

	SmsAnswers(SmsAlerts alerts, AlertAnswering answering, MessageCatalog messages) {
		this.alerts = alerts;
		this.answering = answering;
		this.messages = messages;
	}

	@Override
	public Optional<Asked> lastAsked(List<Guardian> senders, Instant now) {
		return last(senders, now).map((sent) -> new Asked(sent.guardian(), sent.sentAt()));
	}

	private Optional<SmsAlerts.Sent> last(List<Guardian> senders, Instant now) {
		return this.alerts.last(senders.stream().map(Guardian::id).toList(), now.minus(ANSWERABLE));
	}

	@Override
	public Optional<String> answer(List<Guardian> senders, String body, Instant now) {
		Optional<Answer> answer = read(body);
		Optional<SmsAlerts.Sent> alert = last(senders, now);
		if (answer.isEmpty() || alert.isEmpty()) {
			return Optional.empty();
		}
		SmsAlerts.Sent sent = alert.get();
		Locale locale = senders.stream()
			.filter((guardian) -> guardian.id().equals(sent.guardian()))
			.findFirst()
			.map((guardian) -> guardian.language().locale())
			.orElse(MessageCatalog.RUSSIAN);
		AnswerOutcome outcome = this.answering.answer(sent.guardian(), sent.student(), sent.day(), answer.get(),
				AnswerSource.SMS, now);
		if (outcome instanceof AnswerOutcome.Refused) {
			return Optional.empty();
		}
		boolean told = !(outcome instanceof AnswerOutcome.Recorded recorded) || recorded.told();
		return Optional.of(this.messages.render(locale, told ? "answers.thanks.sms" : "answers.thanks.sms_kept",
				Map.of("answer", this.messages.render(locale, "answers.word." + answer.get().code()))));
	}

	/**
	 * The answer an SMS gives: one number or word, whatever its case and the punctuation
	 * around it; empty for any other text.
	 */
	static Optional<Answer> read(String body) {
		String word = body.strip()
			.toUpperCase(Locale.ROOT)
			.replace('Ё', 'Е')
			.replaceAll("^[\\p{Punct}«»“”„\\s]+|[\\p{Punct}«»“”„\\s]+$", "");
		if (ILL.matcher(word).matches()) {
			return Optional.of(Answer.ILL);
		}
		if (REASON.matcher(word).matches()) {
			return Optional.of(Answer.REASON);
		}
		if (CONTACT.matcher(word).matches()) {
			return Optional.of(Answer.CONTACT);
		}
		return Optional.empty();
	}

}
