package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.polls.PollButtons;
import org.classbell.store.SchoolId;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.Polls;

import org.springframework.stereotype.Component;

/**
 * {@code pc:<poll>}: the author (or an admin of the school) closes a poll now, and gets
 * its results at once instead of at the closing time.
 */
@Component
class PollCloseButtons implements Buttons<PollId> {

	private final PollCommand command;

	private final Polls polls;

	private final Texts texts;

	PollCloseButtons(PollCommand command, Polls polls, Texts texts) {
		this.command = command;
		this.polls = polls;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return PollButtons.CLOSE;
	}

	@Override
	public Optional<PollId> decode(String data) {
		return PollButtons.readPoll(data);
	}

	@Override
	public Optional<SchoolId> school(PollId id) {
		return this.polls.find(id).map(Poll::school);
	}

	@Override
	public List<Reply> press(Caller caller, PollId id) {
		Optional<Poll> poll = this.command.authorsPoll(caller, id);
		if (poll.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (!PollCommand.mayManage(caller, poll.get())) {
			return List.of(this.texts.say(caller, "poll.close_not_yours"));
		}
		if (!this.polls.close(id, caller.now())) {
			return List.of(new Reply.Answer(this.texts.label(caller.locale(), "poll.already_closed.label")),
					this.command.results(caller, poll.get()));
		}
		return List.of(this.command.results(caller, this.polls.find(id).orElseThrow()));
	}

}
