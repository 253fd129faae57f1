package org.classbell.app.polls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.notifier.polls.PollAsking;
import org.classbell.store.GuardianId;
import org.classbell.store.SchoolId;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.Polls;
import org.classbell.store.roster.Classes;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffMembers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polls over the admin API: the list, a poll's results, its answers as CSV (named:
 * one row per parent asked; anonymous: counts only), and a parent's answers in their
 * export and gone with their erasure. The clock stands at Wednesday 25 November 2026,
 * 09:30 in Moscow.
 */
class PollApiIntegrationTest extends ApiIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PollAsking asking;

	@Autowired
	Polls polls;

	@Autowired
	Schools schools;

	@Autowired
	StaffMembers staff;

	@Autowired
	Classes classes;

	@BeforeEach
	void school() {
		this.clock.reset();
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				5А,2,Иванов,Пётр,Сергеевич,Иванова Мария,+79110000002,ru,yes
				5А,3,Иванов,Павел,Андреевич,Иванов Андрей,+79110000003,ru,
				6Б,1,Иванова,Ольга,,Иванова Мария,+79110000002,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра
				""");
		this.jdbc.sql("""
				insert into chat_link (user_id, chat_id, guardian_id, linked_at, consented_at)
				select 2002, 2002, id, now(), now() from guardian where full_name = 'Иванова Мария'
				""").update();
	}

	@Test
	void listsThePollsAndShowsTheResultsOfOne() {
		PollId poll = ask(false);
		vote(poll, "Иванова Мария", 2);

		Response list = getAsAdmin("/api/polls");
		assertThat(list.status()).isEqualTo(200);
		JsonNode first = list.json().get(0);
		assertThat(first.get("id").asLong()).isEqualTo(poll.value());
		assertThat(first.get("className").asString()).isEqualTo("5А");
		assertThat(first.get("question").asString()).isEqualTo("Когда удобно собрание?");
		assertThat(first.get("author").asString()).isEqualTo("Соколова Елена");
		assertThat(first.get("closesAt").asString()).isEqualTo("2026-11-28T20:00:00+03:00");
		assertThat(first.get("closedAt").isNull()).isTrue();
		assertThat(first.get("asked").asInt()).isEqualTo(2);
		assertThat(first.get("answered").asInt()).isEqualTo(1);

		JsonNode results = getAsAdmin("/api/polls/" + poll.value()).json();
		assertThat(results.get("percentAnswered").asInt()).isEqualTo(50);
		assertThat(results.get("options").toString()).isEqualTo(
				"[{\"number\":1,\"text\":\"Вт 18:00\",\"count\":0},{\"number\":2,\"text\":\"Чт 18:00\",\"count\":1}]");
		assertThat(results.get("notAnswered").toString())
			.isEqualTo("[{\"guardian\":\"Алексеева Ольга\",\"children\":\"Борис\"}]");
	}

	/**
	 * The channel is the one the poll went by: SMS for both here, where the application
	 * runs without a messenger.
	 */
	@Test
	void writesTheAnswersOfANamedPollOneRowPerParent() {
		PollId poll = ask(false);
		vote(poll, "Иванова Мария", 2);

		Response csv = getAsAdmin("/api/polls/" + poll.value() + "/results.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(csv.body()).isEqualTo("""
				\uFEFFguardian,children,class,channel,answer,answered_at\r
				Алексеева Ольга,Алексеев Борис,5А,sms,,\r
				Иванова Мария,Иванов Пётр,5А,sms,Чт 18:00,2026-11-25T09:30+03:00\r
				""");
	}

	@Test
	void writesOnlyTheCountsOfAnAnonymousPoll() {
		PollId poll = ask(true);
		vote(poll, "Иванова Мария", 1);

		assertThat(getAsAdmin("/api/polls/" + poll.value() + "/results.csv").body()).isEqualTo("""
				\uFEFFoption,count\r
				Вт 18:00,1\r
				Чт 18:00,0\r
				""");
		JsonNode results = getAsAdmin("/api/polls/" + poll.value()).json();
		assertThat(results.get("notAnswered")).isEmpty();
		assertThat(results.toString()).doesNotContain("Иванова", "Алексеева");
	}

	@Test
	void answersAnUnknownOrAnotherSchoolsPollWithNotFoundAndStrangersWithUnauthorized() {
		PollId poll = ask(false);

		assertThat(get("/api/polls").status()).isEqualTo(401);
		assertThat(get("/api/polls/" + poll.value() + "/results.csv", "Authorization", "Bearer wrong").status())
			.isEqualTo(401);
		Response unknown = getAsAdmin("/api/polls/999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("message").asString()).isEqualTo("В этой школе нет опроса с номером (id) 999999");
		assertThat(getAsAdmin("/api/polls/abc/results.csv").status()).isEqualTo(404);
		long other = this.schools.ensure("Школа №2", ZoneId.of("Europe/Moscow")).id().value();
		this.jdbc.sql("update poll set school_id = ? where id = ?").params(other, poll.value()).update();
		assertThat(getAsAdmin("/api/polls/" + poll.value()).status()).isEqualTo(404);
		assertThat(getAsAdmin("/api/polls/" + poll.value() + "/results.csv").status()).isEqualTo(404);
		assertThat(getAsAdmin("/api/polls").json()).isEmpty();
	}

	@Test
	void exportsAParentsAnswersToPollsAndErasesThoseOfNamedOnes() {
		PollId named = ask(false);
		PollId anonymous = ask(true);
		vote(named, "Иванова Мария", 2);
		vote(anonymous, "Иванова Мария", 1);
		long mother = guardian("Иванова Мария").value();

		JsonNode answers = getAsAdmin("/api/guardians/" + mother + "/export").json().get("pollAnswers");
		assertThat(answers).hasSize(2);
		assertThat(answers.get(0).get("question").asString()).isEqualTo("Когда удобно собрание?");
		assertThat(answers.get(0).get("anonymous").asBoolean()).isFalse();
		assertThat(answers.get(0).get("chosen").toString()).isEqualTo("[\"Чт 18:00\"]");
		assertThat(answers.get(1).get("anonymous").asBoolean()).as("their own answer, which the school never sees")
			.isTrue();
		assertThat(answers.get(1).get("chosen").toString()).isEqualTo("[\"Вт 18:00\"]");

		assertThat(postAsAdmin("/api/guardians/" + mother + "/erase", "application/json", "{\"reason\": \"просьба\"}")
			.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select poll_id from poll_answer where guardian_id = ?")
			.param(mother)
			.query(Long.class)
			.list()).as("the anonymous poll keeps its count, which names no one").containsExactly(anonymous.value());
		assertThat(getAsAdmin("/api/polls/" + named.value() + "/results.csv").body()).doesNotContain("Иванова");
	}

	private PollId ask(boolean anonymous) {
		SchoolId school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow")).id();
		StaffMember sokolova = this.staff.match(school, "Соколова Елена").found().orElseThrow();
		SchoolClass schoolClass = this.classes.match(school, "5А").found().orElseThrow();
		PollAsking.Question question = new PollAsking.Question("Когда удобно собрание?",
				List.of("Вт 18:00", "Чт 18:00"), anonymous, false);
		return this.transactions.execute((status) -> this.asking
			.ask(sokolova, schoolClass, question, Instant.parse("2026-11-28T17:00:00Z"), this.clock.instant())
			.poll()
			.id());
	}

	private Response getAsAdmin(String path) {
		return get(path, "Authorization", "Bearer " + TOKEN);
	}

	private void vote(PollId poll, String guardian, int option) {
		this.transactions.executeWithoutResult((status) -> this.polls.vote(poll, guardian(guardian), List.of(option),
				false, "telegram", this.clock.instant()));
	}

	private GuardianId guardian(String name) {
		return new GuardianId(
				this.jdbc.sql("select id from guardian where full_name = ?").param(name).query(Long.class).single());
	}

}
