package org.classbell.notifier.answers;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.classbell.store.answers.Answer;

import static org.assertj.core.api.Assertions.assertThat;

class SmsAnswersTest {

	@ParameterizedTest
	@CsvSource(textBlock = """
			1,            ILL
			' 1. ',       ILL
			Болеет,       ILL
			БОЛЕН!,       ILL
			больна,       ILL
			boleet,       ILL
			Boleyet,      ILL
			2,            REASON
			причина,      REASON
			Уважительная, REASON
			uvazh.,       REASON
			3,            CONTACT
			Позвоните,    CONTACT
			свяжитесь,    CONTACT
			POZVONITE,    CONTACT
			""")
	void readsTheAnswersNumberOrWord(String body, Answer answer) {
		assertThat(SmsAnswers.read(body)).contains(answer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "4", "12", "1 2", "болеет, температура", "привет", "", "ОТЧЕТ" })
	void takesAnythingElseForNoAnswer(String body) {
		assertThat(SmsAnswers.read(body)).isEqualTo(Optional.empty());
	}

}
