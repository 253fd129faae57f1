package org.classbell.store.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.classbell.store.GuardianId;
import org.classbell.store.Messenger;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.relay.Conversations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the store holds about a guardian, for their export: who they are, their settings,
 * children, Telegram link, consent history, erasures and messages with class teachers.
 * The messages written to them are the outbox's to add.
 */
@Repository
public class PersonalRecords {

	private final JdbcClient jdbc;

	private final ConsentLedger consents;

	private final Conversations conversations;

	PersonalRecords(JdbcClient jdbc, ConsentLedger consents, Conversations conversations) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.consents = consents;
	}

	/**
	 * What is held about the school's guardian, without messages; or nothing when the
	 * school has no such guardian.
	 */
	public Optional<GuardianExport> find(SchoolId school, GuardianId guardian, Instant now) {
		return this.jdbc.sql("""
				select id, full_name, phone, language, created_at, erased_at, preferred_channel, report_frequency,
				       quiet_from, quiet_to, digest_at, opted_out_at, phone_flagged_at
				from guardian where id = ? and school_id = ?
				""").params(guardian.value(), school.value()).query((row, rowNum) -> {
			GuardianExport.Person person = new GuardianExport.Person(row.getLong("id"), row.getString("full_name"),
					row.getString("phone"), row.getString("language"), Timestamps.instant(row, "created_at"),
					Timestamps.instant(row, "erased_at"));
			GuardianExport.Settings settings = new GuardianExport.Settings(row.getString("preferred_channel"),
					row.getString("report_frequency"), row.getObject("quiet_from", LocalTime.class),
					row.getObject("quiet_to", LocalTime.class), row.getObject("digest_at", LocalTime.class),
					Timestamps.instant(row, "opted_out_at"), Timestamps.instant(row, "phone_flagged_at"));
			return new Head(person, settings);
		})
			.optional()
			.map((head) -> new GuardianExport(now, head.person(), head.settings(), children(guardian),
					account(guardian, Messenger.TELEGRAM), account(guardian, Messenger.MAX), consents(guardian),
					List.of(), erasures(guardian), classTeacherMessages(guardian), alertAnswers(guardian),
					pollAnswers(guardian)));
	}

	private List<GuardianExport.Child> children(GuardianId guardian) {
		return this.jdbc.sql("""
				select trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) as name, c.name as class_name,
				       s.list_no, s.active
				from student_guardian sg join student s on s.id = sg.student_id join school_class c on c.id = s.class_id
				where sg.guardian_id = ? order by c.grade, c.name_key, s.list_no
				""").param(guardian.value()).query(GuardianExport.Child.class).list();
	}

	private GuardianExport.Account account(GuardianId guardian, Messenger messenger) {
		return this.jdbc.sql("""
				select user_id, chat_id, linked_at, consented_at from chat_link where guardian_id = ? and messenger = ?
				""")
			.params(guardian.value(), messenger.code())
			.query((row, rowNum) -> new GuardianExport.Account(row.getLong("user_id"), row.getLong("chat_id"),
					Timestamps.instant(row, "linked_at"), Timestamps.instant(row, "consented_at")))
			.optional()
			.orElse(null);
	}

	private List<GuardianExport.Consent> consents(GuardianId guardian) {
		return this.consents.history(guardian)
			.stream()
			.map((entry) -> new GuardianExport.Consent(entry.purpose().code(), entry.given(), entry.source().code(),
					entry.detail(), entry.actor(), entry.at()))
			.toList();
	}

	private List<GuardianExport.Erasure> erasures(GuardianId guardian) {
		return this.jdbc.sql("select at, actor, reason from erasure where guardian_id = ? order by id")
			.param(guardian.value())
			.query((row, rowNum) -> new GuardianExport.Erasure(Timestamps.instant(row, "at"), row.getString("actor"),
					row.getString("reason")))
			.list();
	}

	private List<GuardianExport.ClassTeacherMessage> classTeacherMessages(GuardianId guardian) {
		return this.conversations.ofGuardian(guardian)
			.stream()
			.map((message) -> new GuardianExport.ClassTeacherMessage(message.at(), message.child(), message.className(),
					message.direction(), message.status(), message.channel(), message.body()))
			.toList();
	}

	private List<GuardianExport.AlertAnswer> alertAnswers(GuardianId guardian) {
		return this.jdbc.sql("""
				select trim(s.last_name || ' ' || s.first_name) as student, a.day, a.answer, a.source, a.answered_at,
				       a.excused_at
				from alert_answer a join student s on s.id = a.student_id
				where a.guardian_id = ? order by a.answered_at, a.id
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new GuardianExport.AlertAnswer(row.getString("student"),
					row.getObject("day", LocalDate.class), row.getString("answer"), row.getString("source"),
					Timestamps.instant(row, "answered_at"), Timestamps.instant(row, "excused_at")))
			.list();
	}

	/**
	 * Their answers to polls, an anonymous poll's too: the school never sees who gave
	 * those, but ClassBell keeps it so that each parent answers once.
	 */
	private List<GuardianExport.PollAnswer> pollAnswers(GuardianId guardian) {
		return this.jdbc.sql("""
				select p.question, c.name as class_name, p.anonymous, a.channel, a.answered_at,
				       array(select o.text from poll_option o where o.poll_id = p.id and o.number = any(a.options)
				             order by o.number) as chosen
				from poll_answer a join poll p on p.id = a.poll_id left join school_class c on c.id = p.class_id
				where a.guardian_id = ? order by a.answered_at, p.id
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new GuardianExport.PollAnswer(row.getString("question"),
					row.getString("class_name"), row.getBoolean("anonymous"),
					List.of((String[]) row.getArray("chosen").getArray()), row.getString("channel"),
					Timestamps.instant(row, "answered_at")))
			.list();
	}

	private record Head(GuardianExport.Person person, GuardianExport.Settings settings) {

	}

}
