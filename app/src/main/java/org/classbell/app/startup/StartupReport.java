package org.classbell.app.startup;

import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.security.AdminToken;
import org.classbell.app.security.MetricsToken;
import org.classbell.notifier.ChannelStatus;
import org.classbell.notifier.max.MaxProperties;
import org.classbell.notifier.telegram.TelegramProperties;
import org.classbell.notifier.twilio.TwilioProperties;
import org.classbell.store.ClassBellHome;
import org.classbell.store.school.School;
import org.classbell.templates.TemplateOverrides;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says plainly in the log, once the node is up, where it answers, which school and
 * database it uses, which channels are on or off (and how to turn them on), which message
 * templates are in use, where the admin token is, and who reads the metrics.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final DefaultSchool school;

	private final ClassBellHome home;

	private final ObjectProvider<EmbeddedPostgres> embedded;

	private final ObjectProvider<DataSourceProperties> dataSource;

	private final TelegramProperties telegram;

	private final MaxProperties max;

	private final TwilioProperties twilio;

	private final AdminToken adminToken;

	private final MetricsToken metricsToken;

	private final TemplateOverrides templates;

	StartupReport(Environment environment, DefaultSchool school, ClassBellHome home,
			ObjectProvider<EmbeddedPostgres> embedded, ObjectProvider<DataSourceProperties> dataSource,
			TelegramProperties telegram, MaxProperties max, TwilioProperties twilio, AdminToken adminToken,
			MetricsToken metricsToken, TemplateOverrides templates) {
		this.environment = environment;
		this.school = school;
		this.home = home;
		this.embedded = embedded;
		this.dataSource = dataSource;
		this.telegram = telegram;
		this.max = max;
		this.twilio = twilio;
		this.adminToken = adminToken;
		this.metricsToken = metricsToken;
		this.templates = templates;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		School school = this.school.get();
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		log.info("ClassBell is up: admin API at http://localhost:{}/api, health at http://localhost:{}/actuator/health",
				port, port);
		log.info("School: \"{}\" (code {}, the paths without a school), time zone {}, phone region {}{}", school.name(),
				school.code(), school.timeZone(), school.phoneRegion(), this.school.differsFromConfiguration(school)
						? " (its own settings: CLASSBELL_SCHOOL_TIMEZONE and _REGION set up a new school only)" : "");
		log.info("Database: {}", database());
		for (ChannelStatus channel : List.of(this.telegram.status(), this.max.status(), this.twilio.status())) {
			log.info(channel.describe());
		}
		log.info(this.templates.describe());
		log.info("Admin API token: {}", this.adminToken.whereFrom());
		log.info("Metrics: http://localhost:{}/actuator/prometheus, read with {}", port, this.metricsToken.whoReads());
		log.info(
				"Console: http://localhost:{}/console (staff: /console in the bot gives a login link{};"
						+ " the operator: the admin token)",
				port, (this.environment.getProperty("classbell.public-url") == null)
						? ", made on this address until CLASSBELL_PUBLIC_URL is set" : "");
	}

	private String database() {
		EmbeddedPostgres postgres = this.embedded.getIfAvailable();
		if (postgres != null) {
			return "embedded PostgreSQL on port " + postgres.getPort() + ", data in "
					+ this.home.resolve("pg").toAbsolutePath().normalize();
		}
		DataSourceProperties properties = this.dataSource.getIfAvailable();
		return "PostgreSQL at "
				+ ((properties != null) ? withoutSecrets(properties.getUrl()) : "the configured data source");
	}

	/**
	 * A JDBC URL without what may hold a user or password: its query and user info.
	 */
	static String withoutSecrets(String url) {
		if (url == null) {
			return "the configured data source";
		}
		return url.replaceFirst("\\?.*$", "").replaceFirst("//[^/@]*@", "//");
	}

}
