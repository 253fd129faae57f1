package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.answers.AlertAnswering;
import org.classbell.notifier.answers.AnswerButtons;
import org.classbell.notifier.answers.AnswerButtons.ExcusePress;
import org.classbell.notifier.answers.ExcuseOutcome;
import org.classbell.notifier.answers.Notice;
import org.classbell.store.SchoolId;
import org.classbell.store.roster.Students;

import org.springframework.stereotype.Component;

/**
 * "Excuse" under a parent's answer to an absence alert ({@code ax:}): the class teacher
 * of the child's class, or an admin of the school, excuses the day's absences in the
 * journal on the parent's word; the notice then says it is done and by whom.
 */
@Component
class AnswerExcuseButtons implements Buttons<ExcusePress> {

	private final AlertAnswering answering;

	private final Students students;

	private final Texts texts;

	AnswerExcuseButtons(AlertAnswering answering, Students students, Texts texts) {
		this.answering = answering;
		this.students = students;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return AnswerButtons.EXCUSE;
	}

	@Override
	public Optional<ExcusePress> decode(String data) {
		return AnswerButtons.excuse(data);
	}

	@Override
	public Optional<SchoolId> school(ExcusePress press) {
		return this.students.schoolOf(press.student());
	}

	@Override
	public List<Reply> press(Caller caller, ExcusePress press) {
		if (caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		ExcuseOutcome outcome = this.answering.excuse(caller.staff().get(), press.student(), press.day(), caller.now());
		if (outcome instanceof ExcuseOutcome.Already already) {
			return List.of(new Reply.Answer(this.texts.label(caller.locale(), "answers.already")),
					edit(already.notice()));
		}
		if (outcome instanceof ExcuseOutcome.Excused excused) {
			return List.of(new Reply.Answer(this.texts.label(caller.locale(), "answers.excused")),
					edit(excused.notice()));
		}
		return List.of(this.texts.expired(caller));
	}

	private static Reply edit(Notice notice) {
		return new Reply.Edit(notice.html(), AlertAnswerButtons.buttons(notice.buttons()));
	}

}
