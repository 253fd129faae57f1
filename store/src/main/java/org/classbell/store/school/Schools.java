package org.classbell.store.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;

import org.classbell.store.Names;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of this deployment.
 */
@Repository
public class Schools {

	private static final String SELECT = """
			select id, name, time_zone, phone_region, quiet_from, quiet_to, sms_transliterate from school
			""";

	private final JdbcClient jdbc;

	Schools(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school of this name, created if it is new; its time zone and phone region are
	 * set to the ones given. Cheap when nothing changes: one read.
	 */
	@Transactional
	public School ensure(String name, ZoneId timeZone, String phoneRegion) {
		String clean = Names.clean(name);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("A school needs a name");
		}
		Optional<School> existing = this.jdbc.sql(SELECT + "where name_key = ?")
			.param(Names.key(clean))
			.query(Schools::school)
			.optional();
		if (existing.isPresent() && existing.get().timeZone().equals(timeZone)
				&& existing.get().phoneRegion().equals(phoneRegion)) {
			return existing.get();
		}
		long id = this.jdbc
			.sql("""
					insert into school (name, name_key, time_zone, phone_region) values (:name, :key, :zone, :region)
					on conflict (name_key) do update set time_zone = excluded.time_zone, phone_region = excluded.phone_region
					returning id
					""")
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("zone", timeZone.getId())
			.param("region", phoneRegion)
			.query(Long.class)
			.single();
		return find(new SchoolId(id)).orElseThrow();
	}

	/**
	 * The school of this name in Russia's phone region.
	 */
	public School ensure(String name, ZoneId timeZone) {
		return ensure(name, timeZone, "RU");
	}

	public Optional<School> find(SchoolId id) {
		return this.jdbc.sql(SELECT + "where id = ?").param(id.value()).query(Schools::school).optional();
	}

	private static School school(ResultSet row, int rowNum) throws SQLException {
		return new School(new SchoolId(row.getLong("id")), row.getString("name"), ZoneId.of(row.getString("time_zone")),
				row.getString("phone_region"), row.getObject("quiet_from", java.time.LocalTime.class),
				row.getObject("quiet_to", java.time.LocalTime.class), row.getBoolean("sms_transliterate"));
	}

}
