package org.classbell.store.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.GuardianId;
import org.classbell.store.StudentId;
import org.classbell.store.privacy.Erasures;
import org.classbell.store.privacy.GuardianExport;
import org.classbell.store.privacy.PersonalRecords;
import org.classbell.store.retention.Retention;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.ImportedSchool;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is kept of the messages between parents and class teachers: who a conversation is
 * between, the parent's count for the rate limit, the texts the retention sweep blanks,
 * the guardian's export, and the erasure that removes them.
 */
@SpringBootTest
@DatabaseTest
class ConversationsIntegrationTest {

	private static final Instant NOW = MutableClock.START;

	@Autowired
	ApplicationContext beans;

	@Autowired
	Conversations conversations;

	@Autowired
	Retention retention;

	@Autowired
	PersonalRecords records;

	@Autowired
	Erasures erasures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	ImportedSchool school;

	GuardianId ivanova;

	StudentId petr;

	@BeforeEach
	void school() {
		this.clock.reset();
		this.school = new ImportedSchool(this.beans);
		this.ivanova = this.school.guardian("Иванова Мария");
		this.petr = this.school.student("Иванов", "Пётр");
	}

	@Test
	void findsTheClassTeacherOfTheGuardiansChildOnly() {
		Parties parties = this.conversations.parties(this.ivanova, this.petr).orElseThrow();
		assertThat(parties.guardianName()).isEqualTo("Иванова Мария");
		assertThat(parties.childName()).isEqualTo("Пётр");
		assertThat(parties.className()).isEqualTo("5А");
		assertThat(parties.classTeacherShort()).isEqualTo("Соколова Е. В.");
		assertThat(this.conversations.parties(this.ivanova, this.school.student("Иванова", "Ольга"))
			.orElseThrow()
			.classTeacher()).as("6Б has no class teacher").isNull();
		assertThat(this.conversations.parties(this.ivanova, this.school.student("Алексеев", "Борис")))
			.as("not her child")
			.isEmpty();
	}

	@Test
	void countsTheParentsMessagesAndBlanksOldTextsAfterTheRetention() {
		relay("Старое", NOW.minus(Duration.ofDays(181)));
		relay("Новое", NOW.minus(Duration.ofMinutes(10)));

		assertThat(this.conversations.fromGuardianSince(this.ivanova, NOW.minus(Duration.ofHours(1)))).isOne();
		assertThat(this.retention.blankMessageBodies()).isOne();
		assertThat(this.jdbc.sql("select body from relay_message order by id").query(String.class).list())
			.containsExactly("", "Новое");
		assertThat(this.retention.blankMessageBodies()).isZero();
	}

	@Test
	void tellsWhichOfSomeGuardiansWroteWithAClassTeacherLast() {
		GuardianId alekseeva = this.school.guardian("Алексеева Ольга");
		assertThat(this.conversations.latest(List.of(this.ivanova, alekseeva))).isEmpty();

		relay("Пётр заболел", NOW.minus(Duration.ofMinutes(10)));

		assertThat(this.conversations.latest(List.of(this.ivanova, alekseeva)))
			.contains(new Conversations.Latest(this.ivanova, NOW.minus(Duration.ofMinutes(10))));
		assertThat(this.conversations.latest(List.of(alekseeva))).isEmpty();
		assertThat(this.conversations.latest(List.of())).isEmpty();
	}

	@Test
	void exportsTheConversationsAndErasesThem() {
		relay("Пётр заболел", NOW.minus(Duration.ofMinutes(10)));

		GuardianExport export = this.records.find(this.school.id(), this.ivanova, NOW).orElseThrow();
		assertThat(export.classTeacherMessages()).singleElement().satisfies((message) -> {
			assertThat(message.child()).isEqualTo("Пётр");
			assertThat(message.className()).isEqualTo("5А");
			assertThat(message.direction()).isEqualTo("to_teacher");
			assertThat(message.channel()).isEqualTo("telegram");
			assertThat(message.body()).isEqualTo("Пётр заболел");
		});

		this.erasures.erase(this.school.id(), this.ivanova, "asked", Actor.adminApi(), NOW);

		assertThat(this.jdbc.sql("select count(*) from relay_message").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from relay_conversation").query(Long.class).single()).isZero();
		assertThat(this.records.find(this.school.id(), this.ivanova, NOW).orElseThrow().classTeacherMessages())
			.isEmpty();
	}

	private void relay(String text, Instant at) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			var conversation = this.conversations.open(this.school.id(), this.ivanova, this.petr, at);
			this.conversations.record(conversation.id(), Direction.TO_TEACHER,
					this.school.staffMember("Соколова Елена").id(), RelayStatus.RELAYED, "telegram", text, List.of(),
					at);
		});
	}

}
