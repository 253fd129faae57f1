package org.classbell.store.families;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.Messenger;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The students of a class and their guardians with their messenger links, consent and
 * opt-outs, in one query. The guardian's current consent and SMS state are the guardian
 * row's (kept by the consent ledger's trigger); the ledger adds when consent was
 * withdrawn and whether SMS were stopped by {@code /stop} in the bot or STOP by SMS.
 */
@Repository
public class Families {

	/** More students than any class has: the page shows at most this many. */
	public static final int MAX_STUDENTS = 200;

	private final JdbcClient jdbc;

	Families(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active students of the class in register order, each with their guardians.
	 */
	public List<Family> ofClass(ClassId classId) {
		Map<Long, Family> students = new LinkedHashMap<>();
		Map<Long, List<GuardianContact>> guardians = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					with students as (
					    select s.id, s.list_no, s.last_name, s.first_name, s.middle_name from student s
					    where s.class_id = :class and s.active order by s.list_no, s.last_name, s.id limit :max
					)
					select s.id as student_id, s.list_no, concat_ws(' ', s.last_name, s.first_name, nullif(s.middle_name, '')) as student,
					       g.id as guardian_id, g.full_name, g.phone, g.language, g.consent_at, g.consent_source,
					       g.opted_out_at, g.phone_flagged_at is not null as flagged,
					       l.messengers, l.linked_at, l.consented_at, w.at as withdrawn_at, o.source as stop_source
					from students s
					left join student_guardian sg on sg.student_id = s.id
					left join guardian g on g.id = sg.guardian_id
					left join lateral (
					    select string_agg(c.messenger, ',' order by c.messenger <> 'telegram', c.messenger) as messengers,
					           min(c.linked_at) as linked_at, min(c.consented_at) as consented_at
					    from chat_link c where c.guardian_id = g.id
					) l on true
					left join lateral (
					    select e.at from consent_event e
					    where e.guardian_id = g.id and e.purpose = 'processing' and not e.given
					    order by e.id desc limit 1
					) w on g.consent_at is null
					left join lateral (
					    select e.source from consent_event e
					    where e.guardian_id = g.id and e.purpose = 'sms' and not e.given
					    order by e.id desc limit 1
					) o on g.opted_out_at is not null
					order by s.list_no, s.last_name, s.id, g.id
					""")
			.param("class", classId.value())
			.param("max", MAX_STUDENTS)
			.query((row) -> {
				long student = row.getLong("student_id");
				if (!students.containsKey(student)) {
					students.put(student, new Family(new StudentId(student), row.getInt("list_no"),
							row.getString("student"), List.of()));
					guardians.put(student, new ArrayList<>());
				}
				long guardian = row.getLong("guardian_id");
				if (!row.wasNull()) {
					guardians.get(student)
						.add(new GuardianContact(new GuardianId(guardian), row.getString("full_name"),
								row.getString("phone"), Language.of(row.getString("language")),
								messengers(row.getString("messengers")), Timestamps.instant(row, "linked_at"),
								Timestamps.instant(row, "consented_at"), Timestamps.instant(row, "consent_at"),
								row.getString("consent_source"), Timestamps.instant(row, "withdrawn_at"),
								Timestamps.instant(row, "opted_out_at"), row.getString("stop_source"),
								row.getBoolean("flagged")));
				}
			});
		return students.values()
			.stream()
			.map((f) -> new Family(f.id(), f.listNo(), f.name(), guardians.get(f.id().value())))
			.toList();
	}

	private static List<Messenger> messengers(String codes) {
		return (codes != null) ? Stream.of(codes.split(",")).map(Messenger::of).toList() : List.of();
	}

}
