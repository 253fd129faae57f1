package org.classbell.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.classbell.app.export.ExportProperties;
import org.classbell.app.school.SchoolProperties;
import org.classbell.app.security.AdminProperties;
import org.classbell.app.security.MetricsProperties;
import org.classbell.app.web.ImportProperties;
import org.classbell.notifier.NotifierProperties;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.notifier.twilio.TwilioProperties;
import org.classbell.store.ClassBellHome;
import org.classbell.store.retention.RetentionProperties;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The environment variables of the external contract (PRODUCT.md) reach the settings they
 * name.
 */
class ConfigurationBindingTest {

	@Test
	void bindsEveryEnvironmentVariableOfTheContract() {
		Binder binder = binder(Map.ofEntries(Map.entry("CLASSBELL_HOME", "/srv/classbell"),
				Map.entry("CLASSBELL_ADMIN_TOKEN", "admin-secret"), Map.entry("CLASSBELL_SCHOOL_CODE", "gym5"),
				Map.entry("CLASSBELL_SCHOOL_NAME", "Гимназия №5"),
				Map.entry("CLASSBELL_SCHOOL_TIMEZONE", "Asia/Yekaterinburg"),
				Map.entry("CLASSBELL_TELEGRAM_TOKEN", "123:abc"),
				Map.entry("CLASSBELL_TELEGRAM_API_URL", "http://localhost:8081"),
				Map.entry("CLASSBELL_TELEGRAM_MODE", "webhook"), Map.entry("CLASSBELL_TELEGRAM_WEBHOOK_SECRET", "hook"),
				Map.entry("CLASSBELL_MAX_TOKEN", "max-secret"),
				Map.entry("CLASSBELL_MAX_API_URL", "http://localhost:8083"), Map.entry("CLASSBELL_MAX_MODE", "webhook"),
				Map.entry("CLASSBELL_MAX_WEBHOOK_SECRET", "max_hook"), Map.entry("CLASSBELL_MAX_USERNAME", "gym5_bot"),
				Map.entry("CLASSBELL_TWILIO_ACCOUNT_SID", "AC123"),
				Map.entry("CLASSBELL_TWILIO_AUTH_TOKEN", "tw-secret"),
				Map.entry("CLASSBELL_TWILIO_FROM", "+15005550006"),
				Map.entry("CLASSBELL_TWILIO_MESSAGING_SERVICE_SID", "MG123"),
				Map.entry("CLASSBELL_TWILIO_API_URL", "http://localhost:8082"),
				Map.entry("CLASSBELL_NOTIFIER_MERGE_WINDOW", "5m"),
				Map.entry("CLASSBELL_RETENTION_MESSAGE_BODIES", "90d"),
				Map.entry("CLASSBELL_RETENTION_AUDIT_LOG", "5y"),
				Map.entry("CLASSBELL_METRICS_TOKEN", "metrics-secret-0123"),
				Map.entry("CLASSBELL_EXPORT_DIR", "/srv/portal"), Map.entry("CLASSBELL_EXPORT_AT", "18:30"),
				Map.entry("CLASSBELL_EXPORT_CHARSET", "windows-1251")));

		assertThat(binder.bindOrCreate("classbell", ClassBellHome.class).home()).isEqualTo(Path.of("/srv/classbell"));
		assertThat(binder.bindOrCreate("classbell.admin", AdminProperties.class).token()).isEqualTo("admin-secret");
		assertThat(binder.bindOrCreate("classbell.school", SchoolProperties.class))
			.isEqualTo(new SchoolProperties("gym5", "Гимназия №5", ZoneId.of("Asia/Yekaterinburg"), "RU"));
		assertThat(binder.bindOrCreate("classbell.telegram", TelegramProperties.class))
			.isEqualTo(new TelegramProperties("123:abc", URI.create("http://localhost:8081"),
					TelegramProperties.Mode.WEBHOOK, "hook", null));
		assertThat(binder.bindOrCreate("classbell.max", MaxProperties.class)).isEqualTo(new MaxProperties("max-secret",
				URI.create("http://localhost:8083"), MaxProperties.Mode.WEBHOOK, "max_hook", "gym5_bot"));
		assertThat(binder.bindOrCreate("classbell.twilio", TwilioProperties.class)).isEqualTo(new TwilioProperties(
				"AC123", "tw-secret", "+15005550006", "MG123", URI.create("http://localhost:8082")));
		assertThat(binder.bindOrCreate("classbell.notifier", NotifierProperties.class).mergeWindow())
			.isEqualTo(Duration.ofMinutes(5));
		RetentionProperties retention = binder.bindOrCreate("classbell.retention", RetentionProperties.class);
		assertThat(retention.messageBodies()).isEqualTo(Period.ofDays(90));
		assertThat(retention.auditLog()).isEqualTo(Period.ofYears(5));
		assertThat(binder.bindOrCreate("classbell.metrics", MetricsProperties.class).token())
			.isEqualTo("metrics-secret-0123");
		assertThat(binder.bindOrCreate("classbell.export", ExportProperties.class))
			.isEqualTo(new ExportProperties(Path.of("/srv/portal"), LocalTime.of(18, 30), "windows-1251"));
	}

	@Test
	void usesTheDefaultsOfTheContract() {
		Binder binder = binder(Map.of());

		assertThat(binder.bindOrCreate("classbell", ClassBellHome.class).home().normalize())
			.isEqualTo(Path.of("classbell-data"));
		assertThat(binder.bindOrCreate("classbell.school", SchoolProperties.class))
			.isEqualTo(new SchoolProperties("default", "School", ZoneId.of("Europe/Moscow"), "RU"));
		TelegramProperties telegram = binder.bindOrCreate("classbell.telegram", TelegramProperties.class);
		assertThat(telegram.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
		assertThat(telegram.mode()).isEqualTo(TelegramProperties.Mode.POLLING);
		assertThat(telegram.enabled()).isFalse();
		MaxProperties max = binder.bindOrCreate("classbell.max", MaxProperties.class);
		assertThat(max.apiUrl()).isEqualTo(URI.create("https://platform-api2.max.ru"));
		assertThat(max.mode()).isEqualTo(MaxProperties.Mode.POLLING);
		assertThat(max.enabled()).isFalse();
		assertThat(binder.bindOrCreate("classbell.twilio", TwilioProperties.class).apiUrl())
			.isEqualTo(URI.create("https://api.twilio.com"));
		assertThat(binder.bindOrCreate("classbell.notifier", NotifierProperties.class).mergeWindow())
			.isEqualTo(Duration.ofMinutes(2));
		assertThat(binder.bindOrCreate("classbell.retention", RetentionProperties.class))
			.isEqualTo(new RetentionProperties(Period.ofDays(180), Period.ofYears(3), LocalTime.of(3, 30), 5000));
		ExportProperties export = binder.bindOrCreate("classbell.export", ExportProperties.class);
		assertThat(export).isEqualTo(new ExportProperties(null, LocalTime.of(19, 0), "UTF-8"));
		assertThat(export.enabled()).isFalse();
		assertThat(export.encoding()).hasToString("UTF-8 with a byte order mark");
	}

	@Test
	void takesAnEmptyExportDirectoryForOffAndRefusesAnUnknownCharacterSet() {
		assertThat(binder(Map.of("CLASSBELL_EXPORT_DIR", "")).bindOrCreate("classbell.export", ExportProperties.class)
			.enabled()).isFalse();
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> binder(Map.of("CLASSBELL_EXPORT_CHARSET", "windows-1252x"))
				.bindOrCreate("classbell.export", ExportProperties.class))
			.havingRootCause()
			.withMessage("CLASSBELL_EXPORT_CHARSET (classbell.export.charset) must be a character set Java can "
					+ "write, such as UTF-8 or windows-1251, not \"windows-1252x\"");
	}

	@Test
	void readsRetentionPeriodsInDaysWeeksOrYearsAndItsTime() {
		RetentionProperties retention = binder(
				Map.of("CLASSBELL_RETENTION_MESSAGE_BODIES", "26w", "CLASSBELL_RETENTION_AUDIT_LOG", "1095d",
						"CLASSBELL_RETENTION_AT", "02:15", "CLASSBELL_RETENTION_BATCH_SIZE", "1000"))
			.bindOrCreate("classbell.retention", RetentionProperties.class);

		assertThat(retention)
			.isEqualTo(new RetentionProperties(Period.ofWeeks(26), Period.ofDays(1095), LocalTime.of(2, 15), 1000));
		assertThat(binder(Map.of("CLASSBELL_RETENTION_AUDIT_LOG", "P3Y"))
			.bindOrCreate("classbell.retention", RetentionProperties.class)
			.auditLog()).isEqualTo(Period.ofYears(3));
	}

	@Test
	void refusesARetentionOfZeroOrLessNamingTheVariable() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> binder(Map.of("CLASSBELL_RETENTION_MESSAGE_BODIES", "0d"))
				.bindOrCreate("classbell.retention", RetentionProperties.class))
			.havingRootCause()
			.withMessage("CLASSBELL_RETENTION_MESSAGE_BODIES (classbell.retention.message-bodies) must be a period "
					+ "longer than zero, such as 180d or 3y, not P0D");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> binder(Map.of("CLASSBELL_RETENTION_AUDIT_LOG", "-1y")).bindOrCreate("classbell.retention",
					RetentionProperties.class))
			.havingRootCause()
			.withMessageStartingWith("CLASSBELL_RETENTION_AUDIT_LOG (classbell.retention.audit-log) must be");
	}

	@Test
	void bindsTheLargestImportAndDefaultsToTenMegabytes() {
		assertThat(binder(Map.of("CLASSBELL_IMPORT_MAX_SIZE", "512KB")).bindOrCreate("classbell.import",
				ImportProperties.class))
			.isEqualTo(new ImportProperties(DataSize.ofKilobytes(512)));
		assertThat(binder(Map.of()).bindOrCreate("classbell.import", ImportProperties.class).maxSize())
			.isEqualTo(DataSize.ofMegabytes(10));
	}

	@Test
	void saysWhatTurnsEachChannelOn() {
		Binder binder = binder(Map.of("CLASSBELL_TWILIO_ACCOUNT_SID", "AC123", "CLASSBELL_TWILIO_AUTH_TOKEN", "x"));

		assertThat(binder.bindOrCreate("classbell.telegram", TelegramProperties.class).status().describe())
			.isEqualTo("Telegram: off (set CLASSBELL_TELEGRAM_TOKEN to the token from @BotFather to run the bot)");
		assertThat(binder.bindOrCreate("classbell.twilio", TwilioProperties.class).status().describe()).isEqualTo(
				"SMS: off (set CLASSBELL_TWILIO_FROM or CLASSBELL_TWILIO_MESSAGING_SERVICE_SID to say who SMS come from)");
		assertThat(binder.bindOrCreate("classbell.twilio", TwilioProperties.class).toString()).doesNotContain("x,");
	}

	private static Binder binder(Map<String, Object> environment) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		env.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		return new Binder(ConfigurationPropertySources.get(env));
	}

}
