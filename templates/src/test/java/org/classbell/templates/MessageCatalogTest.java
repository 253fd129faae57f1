package org.classbell.templates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageCatalogTest {

	private final MessageCatalog catalog = MessageCatalog.builtIn();

	@ParameterizedTest
	@CsvSource({ "1, 1 пропуск", "2, 2 пропуска", "4, 4 пропуска", "5, 5 пропусков", "11, 11 пропусков",
			"12, 12 пропусков", "21, 21 пропуск", "22, 22 пропуска", "25, 25 пропусков", "111, 111 пропусков",
			"0, 0 пропусков" })
	void getsRussianPluralsRight(int count, String expected) {
		assertThat(this.catalog.render(MessageCatalog.RUSSIAN, "common.absences", Map.of("count", count)))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "1, 1 absence", "2, 2 absences", "0, 0 absences", "21, 21 absences" })
	void getsEnglishPluralsRight(int count, String expected) {
		assertThat(this.catalog.render(MessageCatalog.ENGLISH, "common.absences", Map.of("count", count)))
			.isEqualTo(expected);
	}

	@Test
	void writesDatesAndNumbersTheWayEachLanguageDoes() {
		LocalDate day = LocalDate.of(2026, 11, 25);
		assertThat(this.catalog.render(MessageCatalog.RUSSIAN, "common.date", Map.of("date", day)))
			.isEqualTo("25 ноября");
		assertThat(this.catalog.render(MessageCatalog.ENGLISH, "common.date", Map.of("date", day)))
			.isEqualTo("November 25");
		assertThat(this.catalog.render(MessageCatalog.RUSSIAN, "common.average", Map.of("value", 4.5)))
			.isEqualTo("4,50");
		assertThat(this.catalog.render(MessageCatalog.ENGLISH, "common.average", Map.of("value", 4.5)))
			.isEqualTo("4.50");
	}

	@Test
	void fallsBackToRussianForOtherLanguages() {
		assertThat(this.catalog.render(Locale.GERMAN, "common.days", Map.of("count", 3))).isEqualTo("3 дня");
		assertThat(this.catalog.render(null, "common.days", Map.of("count", 3))).isEqualTo("3 дня");
		assertThat(this.catalog.render(Locale.forLanguageTag("en-GB"), "common.days", Map.of("count", 3)))
			.isEqualTo("3 days");
	}

	@Test
	void fallsBackToRussianForAMessageALanguageLacks() {
		MessageCatalog partial = new MessageCatalog(
				Map.of(MessageCatalog.RUSSIAN, Map.of("hello", "Привет"), MessageCatalog.ENGLISH, Map.of()));

		assertThat(partial.render(MessageCatalog.ENGLISH, "hello")).isEqualTo("Привет");
	}

	@Test
	void escapesTextArgumentsForTelegramHtmlButNotTheCatalogueMarkup() {
		MessageCatalog html = new MessageCatalog(Map.of(MessageCatalog.RUSSIAN,
				Map.of("note", "<b>{child}</b>: {text} ({count, plural, one {# раз} few {# раза} other {# раз}})")));

		assertThat(html.renderHtml(MessageCatalog.RUSSIAN, "note",
				Map.of("child", "Пётр <Ли>", "text", "5 > 4 & 3 < 4", "count", 2)))
			.isEqualTo("<b>Пётр &lt;Ли&gt;</b>: 5 &gt; 4 &amp; 3 &lt; 4 (2 раза)");
	}

	@Test
	void refusesUnknownMessages() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.render(MessageCatalog.RUSSIAN, "no.such"));
	}

}
