package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.answers.AlertAnswering;
import org.classbell.notifier.answers.AnswerButtons;
import org.classbell.notifier.answers.AnswerButtons.AnswerPress;
import org.classbell.notifier.answers.AnswerOutcome;
import org.classbell.notifier.outbox.Button;
import org.classbell.store.SchoolId;
import org.classbell.store.answers.AnswerSource;
import org.classbell.store.roster.Guardian;
import org.classbell.store.roster.Students;

import org.springframework.stereotype.Component;

/**
 * A parent's answer under an absence alert ({@code aa:}): «Болеет», «Уважительная
 * причина» or «Свяжитесь со мной» about their own child's absence of the last week. The
 * alert is shown again with the answer marked, so that they may change it; the class
 * teacher is told at once.
 */
@Component
class AlertAnswerButtons implements Buttons<AnswerPress> {

	private final AlertAnswering answering;

	private final Students students;

	private final Texts texts;

	AlertAnswerButtons(AlertAnswering answering, Students students, Texts texts) {
		this.answering = answering;
		this.students = students;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return AnswerButtons.ANSWER;
	}

	@Override
	public Optional<AnswerPress> decode(String data) {
		return AnswerButtons.answer(data);
	}

	@Override
	public Optional<SchoolId> school(AnswerPress press) {
		return this.students.schoolOf(press.student());
	}

	@Override
	public List<Reply> press(Caller caller, AnswerPress press) {
		if (caller.guardian().isEmpty() || !caller.guardianConsented()) {
			return List.of(this.texts.expired(caller));
		}
		Guardian guardian = caller.guardian().get();
		AnswerOutcome outcome = this.answering.answer(guardian.id(), press.student(), press.day(), press.answer(),
				AnswerSource.of(caller.messenger()), caller.now());
		if (outcome instanceof AnswerOutcome.Refused) {
			return List.of(this.texts.expired(caller));
		}
		if (outcome instanceof AnswerOutcome.Unchanged) {
			return List.of(new Reply.Answer(this.texts.label(caller.locale(), "answers.unchanged")));
		}
		AnswerOutcome.Recorded recorded = (AnswerOutcome.Recorded) outcome;
		List<Reply> replies = new ArrayList<>();
		replies.add(new Reply.Answer(
				this.texts.label(caller.locale(), recorded.told() ? "answers.thanks" : "answers.thanks_kept")));
		this.answering.alertText(guardian.id(), press.student(), press.day()).ifPresent((alert) -> {
			String chosen = this.texts.html(caller.locale(),
					recorded.excused() ? "answers.chosen_excused"
							: recorded.told() ? "answers.chosen" : "answers.chosen_kept",
					Map.of("answer", this.answering.word(caller.locale(), press.answer())));
			replies.add(new Reply.Edit(alert + "\n\n" + chosen, buttons(
					this.answering.alertButtons(caller.locale(), press.student(), press.day(), press.answer()))));
		});
		return replies;
	}

	/**
	 * The notifier's buttons as the bot's replies carry them.
	 */
	static List<List<Reply.Button>> buttons(List<List<Button>> rows) {
		return rows.stream()
			.map((row) -> row.stream().map((button) -> new Reply.Button(button.label(), button.data())).toList())
			.toList();
	}

}
