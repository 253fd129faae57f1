package org.classbell.store.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.classbell.store.Actor;
import org.classbell.store.Names;
import org.classbell.store.SchoolId;
import org.classbell.store.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of this deployment.
 */
@Repository
public class Schools {

	private static final String SELECT = """
			select id, name, time_zone, phone_region, quiet_from, quiet_to, sms_transliterate, sms_alert_segments,
			       sms_announcement_segments, sms_report_segments, staff_quiet_from, staff_quiet_to, illness_excuses
			from school
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Schools(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The school of this name, created if it is new. The time zone and phone region are
	 * those a new school starts with: a school that exists keeps its own, as its
	 * administration set them. Cheap when the school exists: one read.
	 */
	@Transactional
	public School ensure(String name, ZoneId timeZone, String phoneRegion) {
		String clean = Names.clean(name);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("A school needs a name");
		}
		Optional<School> existing = byName(clean);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.jdbc.sql("""
				insert into school (name, name_key, time_zone, phone_region) values (:name, :key, :zone, :region)
				on conflict (name_key) do nothing
				""")
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("zone", timeZone.getId())
			.param("region", phoneRegion)
			.update();
		return byName(clean).orElseThrow();
	}

	/**
	 * The school of this name, created in Russia's phone region if it is new.
	 */
	public School ensure(String name, ZoneId timeZone) {
		return ensure(name, timeZone, "RU");
	}

	public Optional<School> find(SchoolId id) {
		return this.jdbc.sql(SELECT + "where id = ?").param(id.value()).query(Schools::school).optional();
	}

	/**
	 * Changes a school's settings in one transaction: the change is given the settings as
	 * they are, read under a lock, so that two changes at once both count. A change that
	 * changes nothing writes nothing; any other is recorded in the audit log as the
	 * actor's and published as {@link SchoolSettingsChanged}.
	 * @return the school as it is now
	 */
	@Transactional
	public School change(SchoolId id, UnaryOperator<SchoolSettings> change, Actor actor) {
		School school = this.jdbc.sql(SELECT + "where id = ? for update")
			.param(id.value())
			.query(Schools::school)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No school " + id.value()));
		SchoolSettings before = school.settings();
		SchoolSettings after = change.apply(before);
		if (after.equals(before)) {
			return school;
		}
		this.audit.actAs(actor);
		this.jdbc.sql("""
				update school set time_zone = :zone, phone_region = :region, quiet_from = :from, quiet_to = :to,
				                  sms_transliterate = :transliterate, sms_alert_segments = :alert,
				                  sms_announcement_segments = :announcement, sms_report_segments = :report,
				                  staff_quiet_from = :staffFrom, staff_quiet_to = :staffTo,
				                  illness_excuses = :illnessExcuses
				where id = :id
				""")
			.param("zone", after.timeZone().getId())
			.param("region", after.phoneRegion())
			.param("from", after.quietFrom())
			.param("to", after.quietTo())
			.param("transliterate", after.smsTransliterate())
			.param("alert", after.smsSegments().alert())
			.param("announcement", after.smsSegments().announcement())
			.param("report", after.smsSegments().report())
			.param("staffFrom", after.staffQuietFrom())
			.param("staffTo", after.staffQuietTo())
			.param("illnessExcuses", after.illnessExcuses())
			.param("id", id.value())
			.update();
		this.events.publishEvent(new SchoolSettingsChanged(id, before, after));
		return find(id).orElseThrow();
	}

	/**
	 * Whether the database knows the time zone as well as Java: both compute a school's
	 * days in it, and the database's zone data may be older.
	 */
	public boolean knowsZone(ZoneId zone) {
		return this.jdbc.sql("select exists (select 1 from pg_timezone_names where name = ?)")
			.param(zone.getId())
			.query(Boolean.class)
			.single();
	}

	private Optional<School> byName(String clean) {
		return this.jdbc.sql(SELECT + "where name_key = ?").param(Names.key(clean)).query(Schools::school).optional();
	}

	private static School school(ResultSet row, int rowNum) throws SQLException {
		return new School(new SchoolId(row.getLong("id")), row.getString("name"), ZoneId.of(row.getString("time_zone")),
				row.getString("phone_region"), row.getObject("quiet_from", LocalTime.class),
				row.getObject("quiet_to", LocalTime.class), row.getBoolean("sms_transliterate"), budgets(row),
				row.getObject("staff_quiet_from", LocalTime.class), row.getObject("staff_quiet_to", LocalTime.class),
				row.getBoolean("illness_excuses"));
	}

	/**
	 * The school's own SMS budgets from a row of a query that selects the {@code school}
	 * table's {@code sms_alert_segments}, {@code sms_announcement_segments} and
	 * {@code sms_report_segments}.
	 */
	public static SegmentBudgets budgets(ResultSet row) throws SQLException {
		return new SegmentBudgets(row.getObject("sms_alert_segments", Integer.class),
				row.getObject("sms_announcement_segments", Integer.class),
				row.getObject("sms_report_segments", Integer.class));
	}

}
