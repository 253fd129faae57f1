package org.classbell.notifier.polls;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.StaffMessages;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.Polls;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the polls whose time has come and sends each author the results, in their
 * messenger (held by their quiet hours). Each batch is one transaction that locks the
 * polls it closes and skips those another node is closing, so nodes may run it at once
 * and no author gets the results twice.
 */
@Component
public class PollClosing {

	/** How many polls one transaction closes. */
	static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(PollClosing.class);

	private final Polls polls;

	private final PollTexts texts;

	private final StaffMessages staffMessages;

	private final Schools schools;

	private final Clock clock;

	private final TransactionTemplate transactions;

	PollClosing(Polls polls, PollTexts texts, StaffMessages staffMessages, Schools schools, Clock clock,
			PlatformTransactionManager transactions) {
		this.polls = polls;
		this.texts = texts;
		this.staffMessages = staffMessages;
		this.schools = schools;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Closes every poll that is due now.
	 * @return how many were closed
	 */
	public int round() {
		Instant now = this.clock.instant();
		int closed = 0;
		while (true) {
			Integer batch = this.transactions.execute((status) -> {
				List<PollId> due = this.polls.closeDue(now, BATCH);
				due.forEach((poll) -> sendResults(poll, now));
				return due.size();
			});
			closed += batch;
			if (batch < BATCH) {
				break;
			}
		}
		if (closed > 0) {
			log.info("Closed {} poll(s) and sent their authors the results", closed);
		}
		return closed;
	}

	private void sendResults(PollId id, Instant now) {
		Poll poll = this.polls.find(id).orElseThrow();
		ZoneId zone = this.schools.find(poll.school()).orElseThrow().timeZone();
		String html = this.texts.results(this.polls.languageOf(poll.author()).locale(), this.polls.results(poll), zone);
		this.staffMessages.queue(poll.author(), MessageKind.POLL_RESULTS, null, html, List.of(), now);
		this.polls.resultsSent(id, now);
	}

}
