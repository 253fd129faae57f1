package org.classbell.store.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.classbell.store.Match;
import org.classbell.store.Names;
import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.SqlArrays;
import org.classbell.store.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff of the schools.
 */
@Repository
public class StaffMembers {

	private static final String COLUMNS = "id, school_id, last_name, first_name, middle_name, role, active";

	private final JdbcClient jdbc;

	StaffMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active staff member named by surname and first name, in any case and with ё as
	 * е.
	 */
	public Match<StaffMember> match(SchoolId school, String lastName, String firstName) {
		List<StaffMember> fitting = this.jdbc.sql("select " + COLUMNS + """
				 from staff
				where school_id = ? and active and last_name_key = ? and first_name_key = ? order by id
				""")
			.params(school.value(), Names.key(lastName), Names.key(firstName))
			.query(StaffMembers::member)
			.list();
		List<StaffMember> sameSurname = fitting.isEmpty() ? this.jdbc.sql("select " + COLUMNS + """
				 from staff
				where school_id = ? and active and last_name_key = ? order by id
				""").params(school.value(), Names.key(lastName)).query(StaffMembers::member).list() : List.of();
		return Match.of(fitting, sameSurname);
	}

	/**
	 * The staff member named as {@code "<last name> <first name>"}, as the admin API and
	 * timetable files name them.
	 */
	public Match<StaffMember> match(SchoolId school, String lastAndFirst) {
		String[] parts = Names.clean(lastAndFirst).split(" ", 3);
		if (parts.length < 2) {
			return match(school, parts[0], "");
		}
		return match(school, parts[0], parts[1]);
	}

	/**
	 * The whole staff of a school, active or not.
	 */
	public List<StaffMember> all(SchoolId school) {
		return this.jdbc
			.sql("select " + COLUMNS + " from staff where school_id = ? order by last_name_key, first_name_key")
			.param(school.value())
			.query(StaffMembers::member)
			.list();
	}

	public Optional<StaffMember> find(StaffId id) {
		return this.jdbc.sql("select " + COLUMNS + " from staff where id = ?")
			.param(id.value())
			.query(StaffMembers::member)
			.optional();
	}

	/**
	 * The staff members of these ids, in the order given; ids of nobody are left out.
	 */
	public List<StaffMember> find(Collection<StaffId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<StaffId, StaffMember> found = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from staff where id = any(cast(? as bigint[]))")
			.param(SqlArrays.literal(ids.stream().map(StaffId::value).toList()))
			.query(StaffMembers::member)
			.list()
			.forEach((member) -> found.put(member.id(), member));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	static StaffMember member(ResultSet row, int rowNum) throws SQLException {
		return new StaffMember(new StaffId(row.getLong("id")), new SchoolId(row.getLong("school_id")),
				new PersonName(row.getString("last_name"), row.getString("first_name"), row.getString("middle_name")),
				Role.valueOf(row.getString("role").toUpperCase(java.util.Locale.ROOT)), row.getBoolean("active"));
	}

}
