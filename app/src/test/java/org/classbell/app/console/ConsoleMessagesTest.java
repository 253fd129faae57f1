package org.classbell.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the console in Russian has its English, and the other way round.
 */
class ConsoleMessagesTest {

	static final List<String> BUNDLES = List.of("common", "today", "imports", "classes", "monitoring", "messages",
			"settings", "journal");

	@Test
	void everyKeyIsInBothLanguages() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> russian = keys("console/i18n/" + bundle + ".properties");
			Set<String> english = keys("console/i18n/" + bundle + "_en.properties");
			assertThat(english).as("English keys of %s", bundle).isEqualTo(russian);
		}
	}

	@Test
	void theBundlesAreThoseTheApplicationReads() throws IOException {
		Properties application = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		assertThat(application.getProperty("spring.messages.basename").split(","))
			.containsExactlyElementsOf(BUNDLES.stream().map((bundle) -> "console/i18n/" + bundle).toList());
	}

	private static Set<String> keys(String resource) throws IOException {
		try (InputStream in = ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new TreeSet<>(properties.stringPropertyNames());
		}
	}

}
