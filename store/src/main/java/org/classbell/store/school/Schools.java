package org.classbell.store.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;

import org.classbell.store.Names;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of this deployment.
 */
@Repository
public class Schools {

	private final JdbcClient jdbc;

	Schools(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school of this name, created if it is new; its time zone is set to the one
	 * given.
	 */
	@Transactional
	public School ensure(String name, ZoneId timeZone) {
		String clean = Names.clean(name);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("A school needs a name");
		}
		long id = this.jdbc.sql("""
				insert into school (name, name_key, time_zone) values (:name, :key, :zone)
				on conflict (name_key) do update set time_zone = excluded.time_zone
				    where school.time_zone is distinct from excluded.time_zone
				returning id
				""")
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("zone", timeZone.getId())
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("select id from school where name_key = ?")
				.param(Names.key(clean))
				.query(Long.class)
				.single());
		return find(new SchoolId(id)).orElseThrow();
	}

	public Optional<School> find(SchoolId id) {
		return this.jdbc.sql("""
				select id, name, time_zone, phone_region, quiet_from, quiet_to, sms_transliterate
				from school where id = ?
				""").param(id.value()).query(Schools::school).optional();
	}

	private static School school(ResultSet row, int rowNum) throws SQLException {
		return new School(new SchoolId(row.getLong("id")), row.getString("name"), ZoneId.of(row.getString("time_zone")),
				row.getString("phone_region"), row.getObject("quiet_from", java.time.LocalTime.class),
				row.getObject("quiet_to", java.time.LocalTime.class), row.getBoolean("sms_transliterate"));
	}

}
