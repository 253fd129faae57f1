package org.classbell.notifier.answers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.store.StudentId;
import org.classbell.store.answers.Answer;

/**
 * The codec of the buttons of answers to absence alerts: a parent's answer under the
 * alert, {@code aa:<student>:<epoch day>:<ill|reason|contact>}; and the class teacher's
 * "excuse" under the answer's notice, {@code ax:<student>:<epoch day>}. The "reply to the
 * parent" beside it is the relay's ({@code RelayButtons}).
 */
public final class AnswerButtons {

	/** The prefix of a parent's answer. */
	public static final String ANSWER = "aa";

	/** The prefix of the class teacher's "excuse". */
	public static final String EXCUSE = "ax";

	private static final String ID = "([1-9][0-9]{0,17})";

	private static final String DAY = "(0|-?[1-9][0-9]{0,7})";

	private static final Pattern ANSWER_DATA = Pattern.compile(ID + ":" + DAY + ":([a-z]{1,10})");

	private static final Pattern EXCUSE_DATA = Pattern.compile(ID + ":" + DAY);

	private AnswerButtons() {
	}

	public static String answer(StudentId student, LocalDate day, Answer answer) {
		return ANSWER + ":" + student.value() + ":" + day.toEpochDay() + ":" + answer.code();
	}

	/**
	 * What {@link #answer(StudentId, LocalDate, Answer)} wrote after the prefix and
	 * colon, or empty.
	 */
	public static Optional<AnswerPress> answer(String data) {
		Matcher matcher = ANSWER_DATA.matcher(data);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Answer.of(matcher.group(3))
			.map((answer) -> new AnswerPress(new StudentId(Long.parseLong(matcher.group(1))),
					LocalDate.ofEpochDay(Long.parseLong(matcher.group(2))), answer));
	}

	public static String excuse(StudentId student, LocalDate day) {
		return EXCUSE + ":" + student.value() + ":" + day.toEpochDay();
	}

	/**
	 * What {@link #excuse(StudentId, LocalDate)} wrote after the prefix and colon, or
	 * empty.
	 */
	public static Optional<ExcusePress> excuse(String data) {
		Matcher matcher = EXCUSE_DATA.matcher(data);
		return matcher.matches() ? Optional.of(new ExcusePress(new StudentId(Long.parseLong(matcher.group(1))),
				LocalDate.ofEpochDay(Long.parseLong(matcher.group(2))))) : Optional.empty();
	}

	/**
	 * A parent's press of an answer under an alert.
	 */
	public record AnswerPress(StudentId student, LocalDate day, Answer answer) {

	}

	/**
	 * A class teacher's press of "excuse" under an answer's notice.
	 */
	public record ExcusePress(StudentId student, LocalDate day) {

	}

}
