package org.classbell.app.invites;

import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "classbell.telegram.username=school1_bot")
class InviteLinkIntegrationTest extends ApiIntegrationTest {

	@Test
	void givesEachCodeItsDeepLinkWhenTheBotIsKnown() {
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Белова,Ирина,,admin,,
				""");

		var row = postAsAdmin("/api/invites", "application/json", "{\"staff\": \"Белова Ирина\"}").json().get(0);

		assertThat(row.get("link").asString())
			.isEqualTo("https://t.me/school1_bot?start=" + row.get("code").asString());
	}

}
