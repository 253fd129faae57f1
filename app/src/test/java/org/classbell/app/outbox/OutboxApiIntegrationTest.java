package org.classbell.app.outbox;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.app.ApiIntegrationTest;
import org.classbell.notifier.testing.Dispatching;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.NoteKind;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;
import org.classbell.testing.FakeTwilio;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/outbox}: the notifications, by status, for the admin only; here an SMS
 * the application sent through a local Twilio.
 */
@DirtiesContext
class OutboxApiIntegrationTest extends ApiIntegrationTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final FakeTwilio TWILIO = new FakeTwilio("AC0123456789abcdef0123456789abcdef", "twilio-auth-token");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Journal journal;

	@Autowired
	StaffMembers staff;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * Empties the database before the application starts, so that its dispatcher finds no
	 * notification that other test classes left; the application stops after this class
	 * ({@code @DirtiesContext}), so that it sends none of those that later classes write.
	 */
	@BeforeAll
	static void emptyDatabase() {
		DatabaseCleaner.clean(TestDatabase.migrated());
	}

	@DynamicPropertySource
	static void dispatch(DynamicPropertyRegistry registry) {
		Dispatching.through(TWILIO, registry);
	}

	@BeforeEach
	void school() {
		this.clock.reset();
		TWILIO.reset();
		postAsAdmin("/api/import/roster", "text/csv", """
				class,list_no,last_name,first_name,middle_name,guardian_name,guardian_phone,guardian_language,consent
				5А,1,Алексеев,Борис,,Алексеева Ольга,+79110000001,ru,yes
				""");
		postAsAdmin("/api/import/staff", "text/csv", """
				last_name,first_name,middle_name,role,class_teacher_of,teaches
				Соколова,Елена,Викторовна,teacher,5А,5А:Алгебра
				""");
	}

	@Test
	void listsTheOutboxForTheAdminOnly() {
		praiseAlekseev();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from notification where status = 'sent'")
				.query(Long.class)
				.single() == 1);
		var rows = get("/api/outbox?status=sent", "Authorization", "Bearer " + TOKEN).json();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("channel").asString()).isEqualTo("sms");
		assertThat(rows.get(0).get("status").asString()).isEqualTo("sent");
		assertThat(rows.get(0).get("attempts").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("recipient").asString()).isEqualTo("Алексеева Ольга");
		assertThat(get("/api/outbox?status=queued", "Authorization", "Bearer " + TOKEN).json()).isEmpty();
		assertThat(get("/api/outbox?status=lost", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(400);
		assertThat(get("/api/outbox?limit=5000", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(400);
		assertThat(get("/api/outbox").status()).isEqualTo(401);
	}

	/**
	 * Соколова praises Борис, as {@code /praise Алексеев дежурил} would.
	 */
	private void praiseAlekseev() {
		SchoolId school = new SchoolId(this.jdbc.sql("select id from school").query(Long.class).single());
		StaffMember sokolova = this.staff.match(school, "Соколова Елена").found().orElseThrow();
		StudentId boris = new StudentId(
				this.jdbc.sql("select id from student where last_name = 'Алексеев'").query(Long.class).single());
		LocalDate today = this.clock.instant().atZone(MOSCOW).toLocalDate();
		this.transactions.executeWithoutResult((status) -> this.journal.note(sokolova, NoteKind.PRAISE, boris,
				"дежурил", today, this.clock.instant()));
	}

}
