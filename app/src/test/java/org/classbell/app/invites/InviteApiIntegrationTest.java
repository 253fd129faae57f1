package org.classbell.app.invites;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.store.ChatUser;
import org.classbell.store.invite.Invites;
import org.classbell.store.invite.Redemption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class InviteApiIntegrationTest extends ApiIntegrationTest {

	@Autowired
	Invites invites;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void school() {
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Иванов,Пётр,,Иванова Мария,+79123456789,ru,yes
				5А,2,Иванова,Ольга,,Иванова Мария,+79123456789,ru,yes
				5А,2,Иванова,Ольга,,Иванов Сергей,+79120001122,ru,
				5А,3,Петрова,Анна,,,,,
				5Б,1,Сидоров,Иван,,Сидорова Анна,+79005554433,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра
				Соколова,Елена,Петровна,teacher,,5Б:Алгебра
				Белова,Ирина,,admin,,
				""");
	}

	@Test
	void issuesACodeForAStaffMember() {
		Response issued = postAsAdmin("/api/invites", "application/json", "{\"staff\": \"белова ирина\"}");

		assertThat(issued.status()).isEqualTo(200);
		JsonNode row = issued.json().get(0);
		assertThat(issued.json()).hasSize(1);
		assertThat(row.get("role").asString()).isEqualTo("staff");
		assertThat(row.get("name").asString()).isEqualTo("Белова Ирина");
		assertThat(row.get("code").asString()).matches("[0-9A-Z]{12}");
		assertThat(row.get("link").isNull()).as("no deep link while the bot's username is unknown").isTrue();
		assertThat(row.get("expiresAt").asString()).isEqualTo("2026-12-25T06:30:00Z");
	}

	@Test
	void issuesOneCodePerGuardianOfAClassWhoeverManyChildrenTheyHaveInIt() {
		Response issued = postAsAdmin("/api/invites", "application/json", "{\"class\": \"5a\"}");

		assertThat(issued.status()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		issued.json().forEach((row) -> {
			List<String> children = new ArrayList<>();
			row.get("children").forEach((child) -> children.add(child.get("name").asString()));
			rows.add(row.get("role").asString() + " " + row.get("name").asString() + " " + children);
		});
		assertThat(rows).containsExactly("guardian Иванова Мария [Иванов Пётр, Иванова Ольга]",
				"guardian Иванов Сергей [Иванова Ольга]");
	}

	@Test
	void issuesCodesThatLinkATelegramAccountOnce() {
		String code = postAsAdmin("/api/invites", "application/json", "{\"class\": \"5Б\"}").json()
			.get(0)
			.get("code")
			.asString();

		assertThat(this.invites.redeem(code, ChatUser.telegram(42L), 42L)).isInstanceOf(Redemption.Linked.class);
		assertThat(this.invites.redeem(code, ChatUser.telegram(43L), 43L)).isInstanceOf(Redemption.Used.class);
		assertThat(this.jdbc.sql("select count(*) from invite_code where code_hash like '%' || ? || '%'")
			.param(code)
			.query(Long.class)
			.single()).as("the code itself is not stored").isZero();
	}

	@Test
	void offersCandidatesForAnAmbiguousStaffMember() {
		Response ambiguous = postAsAdmin("/api/invites", "application/json", "{\"staff\": \"Соколова Елена\"}");

		assertThat(ambiguous.status()).isEqualTo(409);
		assertThat(ambiguous.json().get("message").asString())
			.isEqualTo("Сотрудников «Соколова Елена» несколько: Соколова Елена Викторовна, Соколова Елена Петровна");
		assertThat(this.jdbc.sql("select count(*) from invite_code").query(Long.class).single()).isZero();
	}

	@Test
	void saysWhenNoStaffMemberOrClassHasTheName() {
		Response staff = postAsAdmin("/api/invites", "application/json", "{\"staff\": \"Орлов Дмитрий\"}",
				"Accept-Language", "en");
		Response schoolClass = postAsAdmin("/api/invites", "application/json", "{\"class\": \"9Я\"}");

		assertThat(staff.status()).isEqualTo(404);
		assertThat(staff.json().get("message").asString()).isEqualTo("No staff member is called “Орлов Дмитрий”");
		assertThat(schoolClass.status()).isEqualTo(404);
		assertThat(schoolClass.json().get("message").asString()).isEqualTo("Нет класса «9Я»");
	}

	@Test
	void offersTheClassesOfAGradeForAnAmbiguousClass() {
		Response ambiguous = postAsAdmin("/api/invites", "application/json", "{\"class\": \"5\"}");

		assertThat(ambiguous.status()).isEqualTo(409);
		assertThat(ambiguous.json().get("errors").toString()).isEqualTo("[\"5А\",\"5Б\"]");
	}

	@Test
	void refusesARequestThatNamesNeitherOrBoth() {
		assertThat(postAsAdmin("/api/invites", "application/json", "{}").status()).isEqualTo(400);
		assertThat(postAsAdmin("/api/invites", "application/json", "{\"staff\": \"Белова Ирина\", \"class\": \"5А\"}")
			.status()).isEqualTo(400);
		assertThat(postAsAdmin("/api/invites", "application/json", "[1, 2]").status()).isEqualTo(400);
		assertThat(postAsAdmin("/api/invites", "application/json", "not json").json().get("message").asString())
			.isEqualTo("Тело запроса — не корректный JSON");
	}

}
