package org.classbell.notifier.inbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordTest {

	@ParameterizedTest
	@CsvSource({ "STOP,STOP", "stop please,STOP", "СТОП,STOP", "Отписаться,STOP", "unsubscribe,STOP", "СТАРТ,START",
			"unstop,START", "Да,YES", "yes!,YES", "DA,YES", "ПОМОЩЬ,HELP", "help,HELP", "ОТЧЕТ,REPORT", "отчёт,REPORT",
			"Report,REPORT", "OTCHET,REPORT", "привет,OTHER", "'',OTHER", "  стоп  ,STOP" })
	void readsTheFirstWord(String body, Keyword keyword) {
		assertThat(Keyword.of(body)).isEqualTo(keyword);
	}

	@ParameterizedTest
	@CsvSource({ "STOP,true", "cancel,true", "СТОП,false", "START,false" })
	void knowsWhichWordsTwilioAnswersItself(String body, boolean twilio) {
		assertThat(Keyword.answeredByTwilio(body)).isEqualTo(twilio);
	}

}
