package org.classbell.app.export;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportNamesTest {

	static final LocalDate FROM = LocalDate.parse("2026-11-01");

	static final LocalDate TO = LocalDate.parse("2026-11-25");

	@Test
	void namesAClassesFileByItsName() {
		assertThat(ExportNames.csv("5А")).isEqualTo("5А.csv");
		assertThat(ExportNames.csv("10 ИНФ/2")).isEqualTo("10_ИНФ_2.csv");
		assertThat(ExportNames.csv("5А", FROM, TO)).isEqualTo("5А_2026-11-01_2026-11-25.csv");
		assertThat(ExportNames.csv("5А", TO, TO)).isEqualTo("5А_2026-11-25.csv");
		assertThat(ExportNames.zip(FROM, TO)).isEqualTo("journal_2026-11-01_2026-11-25.zip");
	}

	@Test
	void givesTheNameInUtf8AndInAsciiForOldClients() {
		assertThat(ExportNames.attachment("11Б_2026-11-25.csv"))
			.isEqualTo("attachment; filename=\"11B_2026-11-25.csv\"; filename*=UTF-8''11%D0%91_2026-11-25.csv");
		assertThat(ExportNames.attachment("журнал ☕.zip"))
			.isEqualTo("attachment; filename=\"zhurnal__.zip\"; filename*=UTF-8''%D0%B6%D1%83%D1%80%D0%BD%D0%B0%D0%BB"
					+ "%20%E2%98%95.zip");
	}

}
