package org.classbell.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.classbell.store.ClassId;
import org.classbell.store.GuardianId;
import org.classbell.store.Language;
import org.classbell.store.SchoolId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guardians of the students.
 */
@Repository
public class Guardians {

	private static final String COLUMNS = "g.id, g.school_id, g.full_name, g.phone, g.language, g.consent_at, g.consent_source, g.opted_out_at";

	private final JdbcClient jdbc;

	Guardians(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Guardian> find(GuardianId id) {
		return this.jdbc.sql("select " + COLUMNS + " from guardian g where g.id = ?")
			.param(id.value())
			.query(Guardians::guardian)
			.optional();
	}

	/**
	 * The guardians of these ids, in the order given; ids of nobody are left out.
	 */
	public List<Guardian> find(Collection<GuardianId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<GuardianId, Guardian> found = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from guardian g where g.id = any(cast(? as bigint[]))")
			.param(SqlArrays.literal(ids.stream().map(GuardianId::value).toList()))
			.query(Guardians::guardian)
			.list()
			.forEach((guardian) -> found.put(guardian.id(), guardian));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The guardians of a student.
	 */
	public List<Guardian> ofStudent(StudentId student) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from guardian g join student_guardian sg on sg.guardian_id = g.id
				where sg.student_id = ? order by g.id
				""").param(student.value()).query(Guardians::guardian).list();
	}

	/**
	 * Each guardian of the active students of a class once, with their children in it, in
	 * class-register order of their first child.
	 */
	public List<WithChildren> ofClass(ClassId classId) {
		Map<Long, WithChildren> guardians = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + COLUMNS
					+ """
							, s.id as student_id, s.class_id, c.name as class_name, s.list_no, s.last_name, s.first_name, s.middle_name
							from student s
							join school_class c on c.id = s.class_id
							join student_guardian sg on sg.student_id = s.id
							join guardian g on g.id = sg.guardian_id
							where s.class_id = ? and s.active
							order by s.list_no, s.last_name, g.id
							""")
			.param(classId.value())
			.query((row) -> {
				Guardian guardian = guardian(row, 0);
				StudentCard child = new StudentCard(new StudentId(row.getLong("student_id")),
						new ClassId(row.getLong("class_id")), row.getString("class_name"), row.getInt("list_no"),
						row.getString("last_name"), row.getString("first_name"), row.getString("middle_name"));
				guardians.computeIfAbsent(guardian.id().value(), (id) -> new WithChildren(guardian, new ArrayList<>()))
					.children()
					.add(child);
			});
		return List.copyOf(guardians.values());
	}

	/**
	 * The active children of a guardian, in class and register order.
	 */
	public List<StudentCard> children(GuardianId guardian) {
		return this.jdbc.sql("""
				select s.id, s.class_id, c.name as class_name, s.list_no, s.last_name, s.first_name, s.middle_name
				from student_guardian sg join student s on s.id = sg.student_id join school_class c on c.id = s.class_id
				where sg.guardian_id = ? and s.active order by c.grade, c.name_key, s.list_no
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new StudentCard(new StudentId(row.getLong("id")),
					new ClassId(row.getLong("class_id")), row.getString("class_name"), row.getInt("list_no"),
					row.getString("last_name"), row.getString("first_name"), row.getString("middle_name")))
			.list();
	}

	/**
	 * The active children of each of these guardians, in class and register order: one
	 * query for a person who is a guardian in several schools.
	 */
	public Map<GuardianId, List<StudentCard>> children(Collection<GuardianId> guardians) {
		Map<GuardianId, List<StudentCard>> children = new LinkedHashMap<>();
		guardians.forEach((guardian) -> children.put(guardian, new ArrayList<>()));
		if (guardians.isEmpty()) {
			return children;
		}
		this.jdbc.sql("""
				select sg.guardian_id, s.id, s.class_id, c.name as class_name, s.list_no, s.last_name, s.first_name,
				       s.middle_name
				from student_guardian sg join student s on s.id = sg.student_id join school_class c on c.id = s.class_id
				where sg.guardian_id = any(cast(? as bigint[])) and s.active order by c.grade, c.name_key, s.list_no
				""").param(SqlArrays.literal(guardians.stream().map(GuardianId::value).toList())).query((row) -> {
			children.get(new GuardianId(row.getLong("guardian_id")))
				.add(new StudentCard(new StudentId(row.getLong("id")), new ClassId(row.getLong("class_id")),
						row.getString("class_name"), row.getInt("list_no"), row.getString("last_name"),
						row.getString("first_name"), row.getString("middle_name")));
		});
		return children;
	}

	public GuardianSettings settings(GuardianId guardian) {
		return this.jdbc.sql("""
				select language, preferred_channel, report_frequency, quiet_from, quiet_to, digest_at,
				       phone is not null and consent_at is not null and opted_out_at is null
				           and phone_flagged_at is null as sms
				from guardian where id = ?
				""")
			.param(guardian.value())
			.query((row, rowNum) -> new GuardianSettings(guardian, Language.of(row.getString("language")),
					PreferredChannel.of(row.getString("preferred_channel")),
					ReportFrequency.of(row.getString("report_frequency")), row.getObject("quiet_from", LocalTime.class),
					row.getObject("quiet_to", LocalTime.class), row.getBoolean("sms"),
					row.getObject("digest_at", LocalTime.class)))
			.single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void language(GuardianId guardian, Language language, Instant at) {
		update(guardian, "language = ?", language.code(), at);
	}

	/**
	 * Sets the channel the guardian prefers.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void preferredChannel(GuardianId guardian, PreferredChannel channel, Instant at) {
		update(guardian, "preferred_channel = ?", channel.code(), at);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void reportFrequency(GuardianId guardian, ReportFrequency frequency, Instant at) {
		update(guardian, "report_frequency = ?", frequency.code(), at);
	}

	/**
	 * Sets the time of the guardian's end-of-day digest, which then replaces their
	 * alerts; or {@code null} for alerts as things happen.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void digest(GuardianId guardian, LocalTime at, Instant now) {
		update(guardian, "digest_at = ?", at, now);
	}

	/**
	 * Sets the guardian's own quiet hours, or the school's when both are {@code null}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void quietHours(GuardianId guardian, LocalTime from, LocalTime to, Instant at) {
		this.jdbc.sql("update guardian set quiet_from = ?, quiet_to = ?, updated_at = ? where id = ?")
			.params(from, to, Timestamps.of(at), guardian.value())
			.update();
	}

	/**
	 * The guardians with this phone number, in every school (a parent may have children
	 * in two schools of one deployment).
	 */
	public List<Guardian> byPhone(PhoneNumber phone) {
		return this.jdbc.sql("select * from guardian where phone = ? order by id")
			.param(phone.e164())
			.query(Guardians::guardian)
			.list();
	}

	private void update(GuardianId guardian, String assignment, Object value, Instant at) {
		this.jdbc.sql("update guardian set " + assignment + ", updated_at = ? where id = ?")
			.params(value, Timestamps.of(at), guardian.value())
			.update();
	}

	static Guardian guardian(ResultSet row, int rowNum) throws SQLException {
		return new Guardian(new GuardianId(row.getLong("id")), new SchoolId(row.getLong("school_id")),
				row.getString("full_name"), Optional.ofNullable(row.getString("phone")).map(PhoneNumber::new),
				Language.of(row.getString("language")), Timestamps.instant(row, "consent_at"),
				row.getString("consent_source"), Timestamps.instant(row, "opted_out_at"));
	}

	/**
	 * A guardian and those of their children that a query was about.
	 */
	public record WithChildren(Guardian guardian, List<StudentCard> children) {

	}

}
