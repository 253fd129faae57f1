package org.classbell.store.invite;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.classbell.store.Actor;
import org.classbell.store.ChatUser;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.RosterImport;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;
import org.classbell.store.staff.StaffImport;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffMembers;
import org.classbell.store.testing.DatabaseTest;
import org.classbell.store.testing.Lines;
import org.classbell.store.testing.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DatabaseTest
class InvitesIntegrationTest {

	@Autowired
	Invites invites;

	@Autowired
	RosterImport rosterImport;

	@Autowired
	StaffImport staffImport;

	@Autowired
	StaffMembers staff;

	@Autowired
	Classes classes;

	@Autowired
	ChatLinks links;

	@Autowired
	Schools schools;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	School school;

	StaffMember teacher;

	@BeforeEach
	void school() {
		this.clock.reset();
		this.school = this.schools.ensure("Школа №1", ZoneId.of("Europe/Moscow"));
		this.rosterImport.apply(this.school,
				Lines.roster("5А,1,Иванов,Пётр,,Иванова Мария,+79123456789,ru,yes",
						"5А,2,Иванова,Ольга,,Иванова Мария,+79123456789,ru,yes",
						"5А,2,Иванова,Ольга,,Иванов Сергей,+79120001122,ru,", "5А,3,Петрова,Анна,,,,,",
						"6Б,1,Сидоров,Иван,,Сидорова Анна,+79005554433,ru,yes"),
				Actor.adminApi());
		this.staffImport.apply(this.school.id(), Lines.staff("Соколова,Елена,,teacher,5А,"), Actor.adminApi());
		this.teacher = this.staff.match(this.school.id(), "Соколова Елена").found().orElseThrow();
	}

	@Test
	void issuesOneCodePerGuardianOfTheClassCoveringAllTheirChildren() {
		List<IssuedInvite> issued = this.invites.forClass(this.school.id(), fiveA(), Actor.adminApi());

		assertThat(issued).extracting(IssuedInvite::invitee)
			.extracting(Invitee::name)
			.containsExactly("Иванова Мария", "Иванов Сергей");
		assertThat(((Invitee.Guardian) issued.get(0).invitee()).children()).extracting(StudentCard::firstName)
			.containsExactly("Пётр", "Ольга");
		assertThat(issued).extracting(IssuedInvite::code)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.length() == 12);
		assertThat(issued).allSatisfy(
				(invite) -> assertThat(invite.expiresAt()).isEqualTo(MutableClock.START.plus(Duration.ofDays(30))));
	}

	@Test
	void storesOnlyTheHashOfACode() {
		IssuedInvite invite = this.invites.forStaff(this.teacher, Actor.adminApi());

		String everything = this.jdbc.sql("select string_agg(t::text, ' ') from invite_code t")
			.query(String.class)
			.single();
		assertThat(everything).doesNotContain(invite.code()).contains(CodeFormat.hash(invite.code()));
		String audited = this.jdbc
			.sql("select string_agg(after::text, ' ') from audit_log where entity = 'invite_code'")
			.query(String.class)
			.single();
		assertThat(audited).doesNotContain(invite.code());
	}

	@Test
	void linksTheTelegramAccountOfWhoeverUsesTheCode() {
		IssuedInvite invite = this.invites.forStaff(this.teacher, Actor.adminApi());

		Redemption redemption = this.invites.redeem(invite.code().toLowerCase(), ChatUser.telegram(1001L), 2002L);

		assertThat(redemption).isInstanceOf(Redemption.Linked.class);
		assertThat(((Redemption.Linked) redemption).invitee().name()).isEqualTo("Соколова Елена");
		assertThat(this.links.isLinked(this.teacher.id())).isTrue();
		assertThat(this.jdbc.sql("select actor from audit_log where entity = 'chat_link'").query(String.class).list())
			.containsExactly("telegram:1001");
	}

	@Test
	void worksOnlyOnce() {
		IssuedInvite invite = this.invites.forClass(this.school.id(), fiveA(), Actor.adminApi()).get(0);
		assertThat(this.invites.redeem(invite.code(), ChatUser.telegram(1001L), 1001L))
			.isInstanceOf(Redemption.Linked.class);

		assertThat(this.invites.redeem(invite.code(), ChatUser.telegram(1002L), 1002L))
			.isInstanceOf(Redemption.Used.class);
		assertThat(this.jdbc.sql("select user_id from chat_link").query(Long.class).list()).containsExactly(1001L);
	}

	@Test
	void stopsWorkingWhenItExpires() {
		IssuedInvite invite = this.invites.forStaff(this.teacher, Actor.adminApi());
		this.clock.advance(Duration.ofDays(30));

		assertThat(this.invites.redeem(invite.code(), ChatUser.telegram(1001L), 1001L))
			.isInstanceOf(Redemption.Expired.class);
		assertThat(this.links.isLinked(this.teacher.id())).isFalse();
	}

	@Test
	void knowsNothingOfCodesItNeverIssued() {
		this.invites.forStaff(this.teacher, Actor.adminApi());

		assertThat(this.invites.redeem("ABCDEFGHJK01", ChatUser.telegram(1001L), 1001L))
			.isInstanceOf(Redemption.Unknown.class);
		assertThat(this.invites.redeem("not a code at all", ChatUser.telegram(1001L), 1001L))
			.isInstanceOf(Redemption.Unknown.class);
		assertThat(this.invites.redeem("", ChatUser.telegram(1001L), 1001L)).isInstanceOf(Redemption.Unknown.class);
	}

	@Test
	void movesALinkToTheNewAccountWhenAPersonLinksAgain() {
		this.invites.redeem(this.invites.forStaff(this.teacher, Actor.adminApi()).code(), ChatUser.telegram(1001L),
				1001L);

		this.invites.redeem(this.invites.forStaff(this.teacher, Actor.adminApi()).code(), ChatUser.telegram(3003L),
				3003L);

		assertThat(this.jdbc.sql("select user_id from chat_link").query(Long.class).list()).containsExactly(3003L);
	}

	@Test
	void letsOneAccountBeBothATeacherAndAParent() {
		this.invites.redeem(this.invites.forStaff(this.teacher, Actor.adminApi()).code(), ChatUser.telegram(1001L),
				1001L);

		this.invites.redeem(this.invites.forClass(this.school.id(), fiveA(), Actor.adminApi()).get(1).code(),
				ChatUser.telegram(1001L), 1001L);

		assertThat(this.jdbc.sql("select count(*) from chat_link where user_id = 1001").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aSheetsCodesGoOnlyToGuardiansWithoutTelegram() {
		this.invites.redeem(this.invites.forClass(this.school.id(), fiveA(), Actor.adminApi()).get(1).code(),
				ChatUser.telegram(1001L), 2002L);

		List<IssuedInvite> sheet = this.invites.forUnlinkedOfClass(this.school.id(), fiveA(),
				Actor.staff(this.teacher.id()));

		assertThat(sheet).extracting(IssuedInvite::invitee).extracting(Invitee::name).containsExactly("Иванова Мария");
	}

	@Test
	void aSheetsCodesAreStillValidOnlyForTheirClassUnusedAndUnexpired() {
		List<IssuedInvite> sheet = this.invites.forUnlinkedOfClass(this.school.id(), fiveA(), Actor.adminApi());
		List<String> codes = sheet.stream().map(IssuedInvite::code).toList();
		org.classbell.store.ClassId sixB = this.classes.match(this.school.id(), "6Б").found().orElseThrow().id();

		assertThat(this.invites.stillValid(this.school.id(), fiveA(), codes)).extracting(IssuedInvite::code)
			.containsExactlyElementsOf(codes);
		assertThat(this.invites.stillValid(this.school.id(), fiveA(), List.of(codes.get(0).toLowerCase(), "nonsense")))
			.extracting(IssuedInvite::code)
			.containsExactly(codes.get(0));
		assertThat(this.invites.stillValid(this.school.id(), sixB, codes)).isEmpty();
		this.invites.redeem(codes.get(0), ChatUser.telegram(1001L), 2002L);
		assertThat(this.invites.stillValid(this.school.id(), fiveA(), codes)).extracting(IssuedInvite::code)
			.containsExactly(codes.get(1));
		this.clock.advance(Duration.ofDays(31));
		assertThat(this.invites.stillValid(this.school.id(), fiveA(), codes)).isEmpty();
	}

	private org.classbell.store.ClassId fiveA() {
		return this.classes.match(this.school.id(), "5А").found().orElseThrow().id();
	}

}
