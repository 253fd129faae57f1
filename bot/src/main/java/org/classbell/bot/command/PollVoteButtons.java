package org.classbell.bot.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.polls.PollButtons;
import org.classbell.notifier.polls.PollTexts;
import org.classbell.store.SchoolId;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.Polls;
import org.classbell.store.polls.Vote;
import org.classbell.store.roster.Guardian;
import org.classbell.templates.MessageCatalog;
import org.classbell.templates.Quote;

import org.springframework.stereotype.Component;

/**
 * {@code pv:<poll>:<option>}: a guardian's vote under a poll. Only a guardian who
 * confirmed consent and was asked the poll may vote, while it is open; in a poll of one
 * choice a press replaces the answer, in one of several it ticks or unticks the option.
 * The poll's message is shown again with the answer ticked.
 */
@Component
class PollVoteButtons implements Buttons<PollButtons.Choice> {

	/** The longest pop-up notice: Telegram shows 200 characters. */
	static final int NOTICE = 190;

	private final Polls polls;

	private final PollTexts pollTexts;

	private final Texts texts;

	PollVoteButtons(Polls polls, PollTexts pollTexts, Texts texts) {
		this.polls = polls;
		this.pollTexts = pollTexts;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return PollButtons.VOTE;
	}

	@Override
	public Optional<PollButtons.Choice> decode(String data) {
		return PollButtons.readVote(data);
	}

	@Override
	public Optional<SchoolId> school(PollButtons.Choice choice) {
		return this.polls.find(choice.poll()).map(Poll::school);
	}

	@Override
	public List<Reply> press(Caller caller, PollButtons.Choice choice) {
		Optional<Guardian> guardian = caller.guardian();
		if (guardian.isEmpty() || !caller.guardianConsented()) {
			return List.of(this.texts.expired(caller));
		}
		Vote vote = this.polls.vote(choice.poll(), guardian.get().id(), List.of(choice.option()), true,
				caller.messenger().code(), caller.now());
		if (vote instanceof Vote.Closed) {
			return List.of(new Reply.Answer(this.texts.label(caller.locale(), "poll.closed.label")));
		}
		if (!(vote instanceof Vote.Recorded recorded)) {
			return List.of(this.texts.expired(caller));
		}
		Poll poll = recorded.poll();
		List<Integer> chosen = recorded.chosen();
		String sent = this.polls.sentText(poll.id(), guardian.get().id())
			.orElseGet(() -> MessageCatalog.escapeHtml(poll.question()));
		List<List<Reply.Button>> buttons = IntStream.rangeClosed(1, poll.options().size())
			.mapToObj((number) -> List
				.of(new Reply.Button(PollTexts.label(poll, number, chosen), PollButtons.vote(poll.id(), number))))
			.toList();
		String notice = chosen.isEmpty() ? this.texts.label(caller.locale(), "poll.unvoted.label") : this.texts
			.label(caller.locale(), "poll.voted.label", Map.of("answer", PollTexts.answer(poll, chosen)));
		return List.of(new Reply.Edit(this.pollTexts.withAnswer(caller.locale(), sent, poll, chosen), buttons),
				new Reply.Answer(Quote.cut(notice, NOTICE)));
	}

}
