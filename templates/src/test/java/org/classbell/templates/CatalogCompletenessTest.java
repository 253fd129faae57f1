package org.classbell.templates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Fails when a language misses a message another language has, or a pattern does not
 * parse.
 */
class CatalogCompletenessTest {

	private final MessageCatalog catalog = MessageCatalog.builtIn();

	@Test
	void everyLanguageHasEveryMessage() {
		Set<String> all = new TreeSet<>();
		MessageCatalog.LOCALES.forEach((locale) -> all.addAll(this.catalog.keys(locale)));
		assertThat(all).isNotEmpty();
		for (Locale locale : MessageCatalog.LOCALES) {
			Set<String> missing = new TreeSet<>(all);
			missing.removeAll(this.catalog.keys(locale));
			assertThat(missing).as("messages missing in %s", locale).isEmpty();
		}
	}

	@Test
	void everyPatternParsesAndTakesTheSameArgumentsInEveryLanguage() {
		Map<String, Set<String>> argumentsByKey = new HashMap<>();
		for (Locale locale : MessageCatalog.LOCALES) {
			for (String key : this.catalog.keys(locale)) {
				String pattern = this.catalog.pattern(locale, key);
				assertThatNoException().as("%s in %s", key, locale)
					.isThrownBy(() -> new MessageFormat(pattern, ULocale.forLocale(locale)));
				Set<String> arguments = new MessageFormat(pattern, ULocale.forLocale(locale)).getArgumentNames();
				Set<String> first = argumentsByKey.putIfAbsent(key, arguments);
				if (first != null) {
					assertThat(arguments).as("arguments of %s in %s", key, locale).isEqualTo(first);
				}
			}
		}
	}

}
