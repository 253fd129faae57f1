package org.classbell.app.console.today;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Test
	void saysADurationInItsTwoLargestUnitsWithRussianPlurals() {
		assertThat(Words.duration(Duration.ofMinutes(1), RUSSIAN)).isEqualTo("1 минута");
		assertThat(Words.duration(Duration.ofMinutes(3), RUSSIAN)).isEqualTo("3 минуты");
		assertThat(Words.duration(Duration.ofMinutes(65), RUSSIAN)).isEqualTo("1 час 5 минут");
		assertThat(Words.duration(Duration.ofHours(50).plusMinutes(10), RUSSIAN)).isEqualTo("2 дня 2 часа");
		assertThat(Words.duration(Duration.ofDays(5), RUSSIAN)).isEqualTo("5 дней");
	}

	@Test
	void saysADurationInEnglish() {
		assertThat(Words.duration(Duration.ofSeconds(30), Locale.ENGLISH)).isEqualTo("0 minutes");
		assertThat(Words.duration(Duration.ofMinutes(121), Locale.ENGLISH)).isEqualTo("2 hours, 1 minute");
	}

}
