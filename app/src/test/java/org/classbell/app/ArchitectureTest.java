package org.classbell.app;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules the structure of ClassBell keeps, checked on the compiled main classes of
 * every module: modules depend one way, no package of a module is in a cycle with
 * another, SQL stays where the data is kept, and the bot's commands know neither the
 * notifier's alerts nor Telegram.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("-tests.jar"))
			// test-support's stand-ins for Telegram and Twilio are on the class path of
			// tests only
			.withImportOption((location) -> !location.contains("/org/classbell/testing/"))
			.importPackages("org.classbell");
	}

	@Test
	void everyModuleIsImported() {
		for (String module : List.of("store", "templates", "notifier", "bot", "app")) {
			org.assertj.core.api.Assertions
				.assertThat(classes.stream()
					.anyMatch((type) -> type.getPackageName().startsWith("org.classbell." + module)))
				.as("classes of module %s", module)
				.isTrue();
		}
	}

	@Test
	void modulesDependOneWay() {
		moduleDirection().check(classes);
	}

	static ArchRule moduleDirection() {
		return layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.classbell..")
			.layer("app")
			.definedBy("org.classbell", "org.classbell.app..")
			.layer("bot")
			.definedBy("org.classbell.bot..")
			.layer("notifier")
			.definedBy("org.classbell.notifier..")
			.layer("templates")
			.definedBy("org.classbell.templates..")
			.layer("store")
			.definedBy("org.classbell.store..")
			.whereLayer("app")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("bot")
			.mayOnlyBeAccessedByLayers("app")
			.whereLayer("notifier")
			.mayOnlyBeAccessedByLayers("bot", "app")
			.whereLayer("templates")
			.mayOnlyBeAccessedByLayers("notifier", "bot", "app")
			.whereLayer("store")
			.mayOnlyBeAccessedByLayers("notifier", "bot", "app");
	}

	@Test
	void noPackageIsInACycle() {
		packageCycles().check(classes);
	}

	/**
	 * Every package (the root of a module included) is a slice of its own, so that a
	 * cycle between a module's root and one of its packages is found too.
	 */
	static ArchRule packageCycles() {
		return slices().assignedFrom(new SliceAssignment() {

			@Override
			public SliceIdentifier getIdentifierOf(JavaClass type) {
				return type.getPackageName().startsWith("org.classbell") ? SliceIdentifier.of(type.getPackageName())
						: SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return "packages of org.classbell";
			}

		}).should().beFreeOfCycles();
	}

	@Test
	void sqlStaysWhereTheDataIsKept() {
		sqlOnlyInStoreOutboxDispatchAndReports().check(classes);
	}

	static ArchRule sqlOnlyInStoreOutboxDispatchAndReports() {
		return noClasses().that()
			.resideOutsideOfPackages("org.classbell.store..", "org.classbell.notifier.outbox..",
					"org.classbell.notifier.dispatch..", "org.classbell.notifier.reports..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.postgresql..",
					"io.github.bucket4j.postgresql..")
			.because("SQL is written by the store and by the notifier's outbox, dispatch and reports only");
	}

	@Test
	void noModuleReachesIntoAnothersInternals() {
		for (String module : List.of("store", "templates", "notifier", "bot", "app")) {
			noClasses().that()
				.resideOutsideOfPackage("org.classbell." + module + "..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage("org.classbell." + module + "..internal..")
				.allowEmptyShould(true)
				.check(classes);
		}
	}

	@Test
	void journalChangesReachTheNotifierAsEventsOnly() {
		journalEventsOnly().check(classes);
	}

	static ArchRule journalEventsOnly() {
		return noClasses().that()
			.resideOutsideOfPackage("org.classbell.notifier.alerts..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.classbell.notifier.alerts..")
			.because("the journal publishes events and the alerts listen: no entry point tells parents itself");
	}

	@Test
	void onlyTheTelegramAdaptersKnowTelegram() {
		telegramInAdaptersOnly().check(classes);
	}

	static ArchRule telegramInAdaptersOnly() {
		return noClasses().that()
			.resideOutsideOfPackages("org.classbell.bot.telegram..", "org.classbell.notifier.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.because("commands see a person, a conversation and replies; Telegram is an adapter beside others");
	}

	@Test
	void onlyTheMaxAdaptersSpeakToMax() {
		noClasses().that()
			.resideOutsideOfPackages("org.classbell.bot.max..", "org.classbell.notifier.max..")
			.should()
			.dependOnClassesThat()
			.haveNameMatching("org\\.classbell\\.notifier\\.max\\.MaxApi.*")
			.because("commands see a person, a conversation and replies; MAX is an adapter beside Telegram")
			.check(classes);
	}

	@Test
	void theCommandsKnowNoMessenger() {
		noClasses().that()
			.resideInAnyPackage("org.classbell.bot.command..", "org.classbell.bot.conversation..",
					"org.classbell.bot.update..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.classbell.bot.telegram..", "org.classbell.bot.max..",
					"org.classbell.notifier.telegram..", "org.classbell.notifier.max..")
			.because("the bot's logic is written once; each messenger is an adapter around it")
			.check(classes);
	}

	@Test
	void onlyTheTwilioChannelKnowsTwilio() {
		noClasses().that()
			.resideOutsideOfPackage("org.classbell.notifier.twilio..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.twilio..")
			.check(classes);
	}

	@Test
	void theConsoleIsAFaceThatNothingElseCalls() {
		noClasses().that()
			.resideOutsideOfPackage("org.classbell.app.console..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.classbell.app.console..")
			.because("the console shows and changes the school through the same services as the admin API")
			.check(classes);
	}

	@Test
	void onlyTheConsoleDrawsPagesAndPdfs() {
		noClasses().that()
			.resideOutsideOfPackage("org.classbell.app.console..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.thymeleaf..", "org.openpdf..", "com.lowagie..", "com.google.zxing..")
			.check(classes);
	}

	@Test
	void storeKnowsNoWebNorMessenger() {
		noClasses().that()
			.resideInAPackage("org.classbell.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.telegram..", "com.twilio..")
			.check(classes);
	}

	@Test
	void journalEventsAreRecords() {
		classes().that()
			.resideInAPackage("org.classbell.store.journal")
			.and()
			.implement("org.classbell.store.journal.JournalEvent")
			.should()
			.beRecords()
			.check(classes);
	}

}
