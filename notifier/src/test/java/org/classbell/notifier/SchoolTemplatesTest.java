package org.classbell.notifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.classbell.store.SchoolId;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.school.SegmentBudgets;
import org.classbell.store.school.SmsSender;
import org.classbell.templates.TemplateOverrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class SchoolTemplatesTest {

	@TempDir
	Path templates;

	@Test
	void namesTheSchoolTextsNoSchoolHasTheCodeOf() throws IOException {
		write("sch8/ru/messages.properties", "alert.praise.sms={child}: {text}\n");
		write("sch08/ru/messages.properties", "alert.praise.sms={child}: {text}\n");
		write("ru/messages.properties", "alert.remark.sms={child}: {text}\n");
		Schools schools = mock(Schools.class);
		given(schools.all()).willReturn(List.of(school("default"), school("sch8")));

		assertThat(new SchoolTemplates(TemplateOverrides.load(this.templates), schools).unknown())
			.containsExactly("sch08");
	}

	private static School school(String code) {
		return new School(new SchoolId(code.length()), code, "Школа " + code, ZoneId.of("Europe/Moscow"), "RU",
				LocalTime.of(21, 0), LocalTime.of(8, 0), false, SegmentBudgets.DEFAULTS, LocalTime.of(21, 0),
				LocalTime.of(8, 0), false, SmsSender.DEPLOYMENT);
	}

	private void write(String name, String content) throws IOException {
		Path file = this.templates.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
