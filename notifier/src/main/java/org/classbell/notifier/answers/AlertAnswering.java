package org.classbell.notifier.answers;

import java.time.Duration;
import org.classbell.notifier.relay.RelayButtons;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.notifier.outbox.Button;
import org.classbell.notifier.outbox.Channel;
import org.classbell.notifier.outbox.MessageKind;
import org.classbell.notifier.outbox.Outbox;
import org.classbell.notifier.outbox.StaffMessages;
import org.classbell.notifier.outbox.Topic;
import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.StudentId;
import org.classbell.store.answers.AlertAnswers;
import org.classbell.store.answers.AlertAnswers.Absences;
import org.classbell.store.answers.AlertAnswers.Family;
import org.classbell.store.answers.Answer;
import org.classbell.store.answers.AnswerSource;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.journal.Journal;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;
import org.classbell.templates.MessageCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a parent's answer to an absence alert, from a button or an SMS: checks that the
 * child is theirs and the absence stands, records it, excuses the absence where the
 * school lets «Болеет» do so, and tells the class teacher at once with a button that
 * excuses it.
 */
@Service
public class AlertAnswering {

	/**
	 * How many notices of one parent's answers about a child a teacher gets within
	 * {@link #NOTICE_WINDOW}; answers beyond are recorded only.
	 */
	static final int NOTICES = 3;

	static final Duration NOTICE_WINDOW = Duration.ofDays(1);

	/** How many days after an absence a parent may still answer. */
	static final int ANSWERABLE_DAYS = 7;

	private final AlertAnswers answers;

	private final Journal journal;

	private final StaffMessages staffMessages;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final MessageCatalog messages;

	AlertAnswering(AlertAnswers answers, Journal journal, StaffMessages staffMessages, Outbox outbox, AuditTrail audit,
			MessageCatalog messages) {
		this.answers = answers;
		this.journal = journal;
		this.staffMessages = staffMessages;
		this.outbox = outbox;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Takes a guardian's answer about their child's absences on a day.
	 */
	@Transactional
	public AnswerOutcome answer(GuardianId guardian, StudentId student, LocalDate day, Answer answer,
			AnswerSource source, Instant now) {
		Optional<Family> found = this.answers.family(guardian, student);
		if (found.isEmpty() || !answerable(found.get(), day, now)) {
			return new AnswerOutcome.Refused();
		}
		Family family = found.get();
		this.outbox.lock(Topic.attendance(student, day));
		Absences absences = this.answers.absences(student, day);
		if (!absences.stand()) {
			return new AnswerOutcome.Refused();
		}
		this.audit.actAs(Actor.guardian(guardian));
		if (!this.answers.record(family, day, answer, source, now)) {
			return new AnswerOutcome.Unchanged(answer);
		}
		boolean excused = answer == Answer.ILL && family.illnessExcuses() && absences.absent() > 0;
		if (excused) {
			this.journal.excuseOnWord(Actor.guardian(guardian), student, day, reason(family, answer), now);
			this.answers.excused(student, day, null, now);
		}
		boolean told = false;
		if (family.classTeacher() != null) {
			Topic topic = Topic.parent(guardian, student);
			if (this.staffMessages.countSince(family.classTeacher(), MessageKind.PARENT_ANSWER, topic,
					now.minus(NOTICE_WINDOW)) >= NOTICES) {
				// the teacher knows this parent is answering; further changes are only
				// recorded, so that a parent tapping on cannot flood them
				told = true;
			}
			else {
				Locale locale = family.teacherLanguage().locale();
				String status = excused ? this.messages.renderHtml(locale, "answers.notice.auto", Map.of()) : null;
				Notice notice = notice(locale, family, day, answer, status,
						!excused && absences.absent() > 0 && answer != Answer.CONTACT);
				told = this.staffMessages
					.queue(family.classTeacher(), MessageKind.PARENT_ANSWER, topic, notice.html(), notice.buttons(),
							now)
					.isPresent();
			}
		}
		return new AnswerOutcome.Recorded(answer, excused, told);
	}

	/**
	 * Whether a day's alert may still be answered: not in the future, at most a week ago.
	 */
	private static boolean answerable(Family family, LocalDate day, Instant now) {
		LocalDate today = now.atZone(family.timeZone()).toLocalDate();
		long ago = ChronoUnit.DAYS.between(day, today);
		return ago >= 0 && ago <= ANSWERABLE_DAYS;
	}

	/**
	 * Excuses a child's absences of a day on the parents' latest answer, as the class
	 * teacher or an admin of the school pressed under it.
	 */
	@Transactional
	public ExcuseOutcome excuse(StaffMember staff, StudentId student, LocalDate day, Instant now) {
		Optional<AlertAnswers.Given> latest = this.answers.latest(student, day);
		Optional<Family> found = latest.filter((given) -> given.guardian() != null)
			.flatMap((given) -> this.answers.family(given.guardian(), student));
		if (found.isEmpty() || !mayExcuse(staff, found.get())) {
			return new ExcuseOutcome.Refused();
		}
		Family family = found.get();
		AlertAnswers.Given given = latest.get();
		Locale locale = staffLocale(staff, family);
		this.outbox.lock(Topic.attendance(student, day));
		Absences absences = this.answers.absences(student, day);
		if (!absences.stand()) {
			return new ExcuseOutcome.Refused();
		}
		if (absences.absent() == 0) {
			return new ExcuseOutcome.Already(
					notice(locale, family, day, given.answer(), excusedLine(locale, given), false));
		}
		this.journal.excuse(staff, student, day, reason(family, given.answer()), now);
		this.answers.excused(student, day, staff.id(), now);
		String by = this.messages.renderHtml(locale, "answers.notice.excused",
				Map.of("teacher", staff.name().last() + " " + staff.name().first()));
		return new ExcuseOutcome.Excused(notice(locale, family, day, given.answer(), by, false));
	}

	private static boolean mayExcuse(StaffMember staff, Family family) {
		return staff.active() && staff.school().equals(family.school())
				&& (staff.id().equals(family.classTeacher()) || staff.role() == Role.ADMIN);
	}

	private static Locale staffLocale(StaffMember staff, Family family) {
		return staff.id().equals(family.classTeacher()) ? family.teacherLanguage().locale() : MessageCatalog.RUSSIAN;
	}

	private String excusedLine(Locale locale, AlertAnswers.Given given) {
		return (given.excusedAt() != null && given.excusedBy() == null)
				? this.messages.renderHtml(locale, "answers.notice.auto", Map.of())
				: this.messages.renderHtml(locale, "answers.notice.already", Map.of());
	}

	/**
	 * The journal's reason for an absence excused on a parent's answer, in the parent's
	 * language, as the alert's update repeats it to them.
	 */
	private String reason(Family family, Answer answer) {
		return this.messages.render(Language.of(family.language()).locale(), "answers.reason." + answer.code());
	}

	/**
	 * What the class teacher is told of an answer, with a button that excuses the absence
	 * (where it is still to excuse) and one that replies to the parent.
	 * @param status a line on whether and how it was excused, or {@code null}
	 */
	private Notice notice(Locale locale, Family family, LocalDate day, Answer answer, String status,
			boolean excusable) {
		String html = this.messages.renderHtml(locale, "answers.notice." + answer.code(), Map.of("guardian",
				family.guardianName(), "child", family.firstName(), "class", family.className(), "date", day));
		if (status != null) {
			html = html + "\n" + status;
		}
		List<Button> row = new ArrayList<>();
		if (excusable) {
			row.add(new Button(this.messages.render(locale, "answers.excuse_button"),
					AnswerButtons.excuse(family.student(), day)));
		}
		row.add(new Button(this.messages.render(locale, "answers.reply_button"),
				RelayButtons.reply(family.guardian(), family.student())));
		return new Notice(html, List.of(row));
	}

	/**
	 * The answer buttons under an absence alert, the chosen one (if any) marked.
	 */
	public List<List<Button>> alertButtons(Locale locale, StudentId student, LocalDate day, Answer chosen) {
		List<List<Button>> rows = new ArrayList<>();
		for (Answer answer : Answer.values()) {
			String label = this.messages.render(locale, "answers.button." + answer.code());
			rows.add(List.of(new Button(
					(answer == chosen) ? this.messages.render(locale, "answers.chosen", Map.of("label", label)) : label,
					AnswerButtons.answer(student, day, answer))));
		}
		return rows;
	}

	/**
	 * The alert a guardian was last sent in a messenger about the child's day, as sent,
	 * so that it can be shown again with their answer; empty when none was.
	 */
	public Optional<String> alertText(GuardianId guardian, StudentId student, LocalDate day) {
		return this.outbox.lastSent(Topic.attendance(student, day), guardian)
			.filter((sent) -> sent.channel() != Channel.SMS)
			.map(Outbox.Queued::body);
	}

	/**
	 * How an answer is named in the parent's thanks, such as {@code «Болеет»}.
	 */
	public String word(Locale locale, Answer answer) {
		return this.messages.render(locale, "answers.button." + answer.code());
	}

}
