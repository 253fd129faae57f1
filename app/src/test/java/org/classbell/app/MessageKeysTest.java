package org.classbell.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.classbell.store.imports.Problem;
import org.classbell.templates.testing.KeysInCode;

/**
 * Fails when the admin API asks for a message some catalogue lacks: every key its code
 * names, the keys it builds, and the keys of the import problems the store reports.
 */
class MessageKeysTest {

	@Test
	void everyCatalogueHasEveryKeyTheAdminApiAsksFor() {
		List<String> lookups = List.of("ambiguous", "not_found");
		// the console's texts are its own bundles (console/i18n), which
		// ConsoleMessagesTest checks
		KeysInCode.scan(Path.of("src/main/java"), "", List.of(Path.of("src/main/java/org/classbell/app/console")))
			.built("invites.error.staff.", lookups)
			.built("invites.error.class.", lookups)
			.asks(Arrays.stream(Problem.values()).map(Problem::key).toList())
			.assertEveryCatalogueHasThem();
	}

}
