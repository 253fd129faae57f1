package org.classbell.app.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.templates.TemplateOverrides;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started on a data directory holding a school's own texts answers with
 * them, and keeps the built-in text where an override is broken.
 */
class TemplateOverrideIntegrationTest extends ApiIntegrationTest {

	private static Path home;

	@Autowired
	private TemplateOverrides templates;

	@DynamicPropertySource
	static void homeWithOverrides(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("classbell-templates-");
		Path file = home.resolve("templates/ru/messages.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				# Our school's wording
				api.error.not_found=Страницы {path} нет, проверьте адрес
				api.error.unauthorized.missing=<b>Нужен токен</b>
				""", StandardCharsets.UTF_8);
		registry.add("classbell.home", home::toString);
	}

	@AfterAll
	static void removeHome() throws IOException {
		FileSystemUtils.deleteRecursively(home);
	}

	@Test
	void answersWithTheSchoolsTextFromTheDataDirectory() {
		Response missing = get("/api/nothing-here", "Authorization", "Bearer " + TOKEN);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("message").asString())
			.isEqualTo("Страницы /api/nothing-here нет, проверьте адрес");
	}

	@Test
	void keepsTheBuiltInTextInLanguagesTheSchoolDidNotChange() {
		Response missing = get("/api/nothing-here", "Authorization", "Bearer " + TOKEN, "Accept-Language", "en");

		assertThat(missing.json().get("message").asString()).isEqualTo("Nothing at /api/nothing-here");
	}

	@Test
	void keepsTheBuiltInTextWhereTheOverrideIsBrokenAndSaysWhy() {
		Response refused = get("/api/outbox");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("message").asString())
			.isEqualTo("Нужен заголовок Authorization: Bearer и токен администратора");
		assertThat(this.templates.rejected()).singleElement()
			.satisfies((rejected) -> assertThat(rejected.describe())
				.isEqualTo(home.resolve("templates/ru/messages.properties").toAbsolutePath().normalize()
						+ ": api.error.unauthorized.missing is not used, the built-in text stays: this text is sent as "
						+ "plain text, where the tag <b> would be shown as typed; remove it"));
		assertThat(this.templates.describe()).isEqualTo("Templates: built-in, 1 override from "
				+ home.resolve("templates").toAbsolutePath().normalize() + " (1 rejected, see above)");
	}

}
