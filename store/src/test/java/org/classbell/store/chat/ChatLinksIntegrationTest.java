package org.classbell.store.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.GuardianId;
import org.classbell.store.StaffId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One messenger account across a city's schools: one staff member and one guardian in
 * each school, a link replacing only the one of its own school.
 */
@SpringBootTest
@DatabaseTest
class ChatLinksIntegrationTest {

	static final ChatUser USER = ChatUser.telegram(1001L);

	static final Instant AT = Instant.parse("2026-11-25T06:30:00Z");

	@Autowired
	ChatLinks links;

	@Autowired
	ChatAccounts accounts;

	@Autowired
	Schools schools;

	@Autowired
	RosterImport rosterImport;

	@Autowired
	StaffImport staffImport;

	@Autowired
	StaffMembers staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail audit;

	School first;

	School second;

	@BeforeEach
	void schools() {
		this.first = school("sch1", "Школа №1");
		this.second = school("sch8", "Школа № 8");
	}

	@Test
	void linksOneStaffMemberAndOneGuardianInEachSchool() {
		StaffId sokolova1 = staffMember(this.first, "Соколова Елена");
		StaffId sokolova8 = staffMember(this.second, "Соколова Елена");
		GuardianId ivanova1 = guardian(this.first);
		GuardianId ivanova8 = guardian(this.second);

		inTransaction(() -> {
			this.links.link(sokolova1, USER, 1001L, AT);
			this.links.link(ivanova1, USER, 1001L, AT.plusSeconds(1));
			this.links.link(sokolova8, USER, 1001L, AT.plusSeconds(2));
			this.links.link(ivanova8, USER, 1001L, AT.plusSeconds(3));
			assertThat(this.links.consent(USER, AT.plusSeconds(4))).containsExactlyInAnyOrder(ivanova1, ivanova8);
			assertThat(this.links.consent(USER, AT.plusSeconds(5))).as("given already").isEmpty();
		});

		ChatAccount account = this.accounts.seen(USER, 1001L, AT.plusSeconds(6));
		assertThat(account.staff()).containsExactly(sokolova1, sokolova8);
		assertThat(account.guardians()).containsExactly(new ChatAccount.LinkedGuardian(ivanova1, true),
				new ChatAccount.LinkedGuardian(ivanova8, true));
	}

	@Test
	void aLinkReplacesOnlyTheAccountsLinkOfItsOwnSchool() {
		StaffId sokolova1 = staffMember(this.first, "Соколова Елена");
		StaffId orlov1 = staffMember(this.first, "Орлов Дмитрий");
		StaffId sokolova8 = staffMember(this.second, "Соколова Елена");
		inTransaction(() -> {
			this.links.link(sokolova1, USER, 1001L, AT);
			this.links.link(sokolova8, USER, 1001L, AT.plusSeconds(1));
			this.links.link(orlov1, USER, 1001L, AT.plusSeconds(2));
		});

		assertThat(this.accounts.seen(USER, 1001L, AT.plusSeconds(3)).staff()).containsExactly(sokolova8, orlov1);
	}

	@Test
	void unlinkingAGuardianLeavesTheAccountsLinkInTheOtherSchool() {
		GuardianId ivanova1 = guardian(this.first);
		GuardianId ivanova8 = guardian(this.second);
		inTransaction(() -> {
			this.links.link(ivanova1, USER, 1001L, AT);
			this.links.link(ivanova8, USER, 1001L, AT.plusSeconds(1));
			this.links.unlinkGuardian(ivanova1, AT.plusSeconds(2));
		});

		assertThat(this.accounts.seen(USER, 1001L, AT.plusSeconds(3)).guardians())
			.containsExactly(new ChatAccount.LinkedGuardian(ivanova8, false));
		assertThat(this.jdbc.sql("select school_id from chat_link").query(Long.class).list())
			.containsExactly(this.second.id().value());
	}

	private School school(String code, String name) {
		School school = this.schools.create(code, name, ZoneId.of("Europe/Moscow"), "RU", Actor.adminApi())
			.orElseThrow();
		this.rosterImport.apply(school, Lines.roster("5А,1,Иванов,Пётр,,Иванова Мария,+79123456789,ru,yes"),
				Actor.adminApi());
		this.staffImport.apply(school.id(), Lines.staff("Соколова,Елена,,teacher,5А,", "Орлов,Дмитрий,,teacher,,"),
				Actor.adminApi());
		return school;
	}

	private StaffId staffMember(School school, String lastAndFirst) {
		return this.staff.match(school.id(), lastAndFirst).found().orElseThrow().id();
	}

	private GuardianId guardian(School school) {
		return new GuardianId(this.jdbc.sql("select id from guardian where school_id = ?")
			.param(school.id().value())
			.query(Long.class)
			.single());
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult((status) -> {
			this.audit.actAs(Actor.chat(USER));
			work.run();
		});
	}

}
