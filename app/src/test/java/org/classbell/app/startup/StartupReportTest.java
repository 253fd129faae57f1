package org.classbell.app.startup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTest {

	@Test
	void logsADatabaseUrlWithoutItsUserOrPassword() {
		assertThat(StartupReport.withoutSecrets("jdbc:postgresql://db:5432/classbell?user=cb&password=s3cret"))
			.isEqualTo("jdbc:postgresql://db:5432/classbell");
		assertThat(StartupReport.withoutSecrets("jdbc:postgresql://cb:s3cret@db/classbell"))
			.isEqualTo("jdbc:postgresql://db/classbell");
		assertThat(StartupReport.withoutSecrets("jdbc:postgresql://db/classbell"))
			.isEqualTo("jdbc:postgresql://db/classbell");
	}

}
