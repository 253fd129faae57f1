package org.classbell.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when a built-in message, in any language, does not render with sample values of
 * each of its branches, leaves a brace behind, or breaks its markup (Telegram HTML, or no
 * tags in plain text). Works for keys added later: the samples and the markup come from
 * the pattern and the key.
 */
class EveryTemplateRendersTest {

	private static final MessageCatalog CATALOG = MessageCatalog.builtIn();

	static Stream<Arguments> messages() {
		List<Arguments> messages = new ArrayList<>();
		for (Locale locale : MessageCatalog.LOCALES) {
			for (String key : CATALOG.keys(locale)) {
				messages.add(Arguments.of(locale, key));
			}
		}
		return messages.stream();
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("messages")
	void rendersWithSampleValuesAndKeepsToItsMarkup(Locale locale, String key) {
		assertThat(TemplateCheck.problems(locale, key, CATALOG.pattern(locale, key))).as("%s in %s", key, locale)
			.isEmpty();
	}

}
