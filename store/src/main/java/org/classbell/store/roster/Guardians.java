package org.classbell.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.classbell.store.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guardians of the students.
 */
@Repository
public class Guardians {

	private static final String COLUMNS = "g.id, g.full_name, g.phone, g.language, g.consent_at, g.consent_source, g.opted_out_at";

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

	static Guardian guardian(ResultSet row, int rowNum) throws SQLException {
		return new Guardian(new GuardianId(row.getLong("id")), row.getString("full_name"),
				Optional.ofNullable(row.getString("phone")).map(PhoneNumber::new),
				Language.valueOf(row.getString("language").toUpperCase(Locale.ROOT)), instant(row, "consent_at"),
				row.getString("consent_source"), instant(row, "opted_out_at"));
	}

	private static java.time.Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A guardian and those of their children that a query was about.
	 */
	public record WithChildren(Guardian guardian, List<StudentCard> children) {

	}

}
