package org.classbell.store.school;

import java.util.List;
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
			select id, code, name, time_zone, phone_region, quiet_from, quiet_to, sms_transliterate, sms_alert_segments,
			       sms_announcement_segments, sms_report_segments, staff_quiet_from, staff_quiet_to, illness_excuses,
			       sms_from, sms_messaging_service
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
		int made = this.jdbc.sql("""
				insert into school (name, name_key, time_zone, phone_region) values (:name, :key, :zone, :region)
				on conflict (name_key) do nothing
				""")
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("zone", timeZone.getId())
			.param("region", phoneRegion)
			.update();
		School school = byName(clean).orElseThrow();
		if (made > 0) {
			this.events.publishEvent(new SchoolCreated(school.id()));
		}
		return school;
	}

	/**
	 * The school of this name, created in Russia's phone region if it is new.
	 */
	public School ensure(String name, ZoneId timeZone) {
		return ensure(name, timeZone, "RU");
	}

	/**
	 * The school of this code, created with this name, time zone and phone region if
	 * there is none: how a node makes its default school. A school of this name made
	 * before it had a code of its own takes this one.
	 */
	@Transactional
	public School ensureCode(String code, String name, ZoneId timeZone, String phoneRegion) {
		Optional<School> existing = byCode(code);
		if (existing.isPresent()) {
			return existing.get();
		}
		String clean = Names.clean(name);
		int made = insert(code, clean, timeZone, phoneRegion);
		if (made > 0) {
			byCode(code).ifPresent((school) -> this.events.publishEvent(new SchoolCreated(school.id())));
		}
		else {
			this.jdbc.sql("update school set code = :code where name_key = :key and code ~ '^school-[0-9]+$'")
				.param("code", code)
				.param("key", Names.key(clean))
				.update();
		}
		return byCode(code).orElseThrow(() -> new IllegalStateException("Could not make the school " + code
				+ ": the school of this name has the code " + byName(clean).map(School::code).orElse("?")
				+ " already; set CLASSBELL_SCHOOL_CODE to it (a school's code never changes)"));
	}

	/**
	 * Makes a school.
	 * @return the school, or empty if a school of this code or name exists
	 */
	@Transactional
	public Optional<School> create(String code, String name, ZoneId timeZone, String phoneRegion, Actor actor) {
		if (!School.isCode(code)) {
			throw new IllegalArgumentException("A school code is lower-case Latin letters, digits and hyphens");
		}
		String clean = Names.clean(name);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("A school needs a name");
		}
		this.audit.actAs(actor);
		int made = insert(code, clean, timeZone, phoneRegion);
		if (made == 0) {
			return Optional.empty();
		}
		Optional<School> school = byCode(code);
		school.ifPresent((created) -> this.events.publishEvent(new SchoolCreated(created.id())));
		return school;
	}

	/**
	 * Renames a school and sets its SMS sender.
	 * @return the school as it is now, or empty if another school has this name
	 */
	@Transactional
	public Optional<School> describe(SchoolId id, String name, SmsSender sender, Actor actor) {
		String clean = Names.clean(name);
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("A school needs a name");
		}
		boolean taken = this.jdbc.sql("select exists (select 1 from school where name_key = ? and id <> ?)")
			.params(Names.key(clean), id.value())
			.query(Boolean.class)
			.single();
		if (taken) {
			return Optional.empty();
		}
		this.audit.actAs(actor);
		this.jdbc.sql("""
				update school set name = :name, name_key = :key, sms_from = :from, sms_messaging_service = :service
				where id = :id and (name, sms_from, sms_messaging_service) is distinct from (:name, :from, :service)
				""")
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("from", sender.from())
			.param("service", sender.messagingService())
			.param("id", id.value())
			.update();
		return find(id);
	}

	private int insert(String code, String clean, ZoneId timeZone, String phoneRegion) {
		return this.jdbc.sql("""
				insert into school (code, name, name_key, time_zone, phone_region)
				values (:code, :name, :key, :zone, :region)
				on conflict do nothing
				""")
			.param("code", code)
			.param("name", clean)
			.param("key", Names.key(clean))
			.param("zone", timeZone.getId())
			.param("region", phoneRegion)
			.update();
	}

	/**
	 * Every school of the deployment, by code.
	 */
	public List<School> all() {
		return this.jdbc.sql(SELECT + "order by code").query(Schools::school).list();
	}

	public Optional<School> byCode(String code) {
		if (!School.isCode(code)) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + "where code = ?").param(code).query(Schools::school).optional();
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
		return new School(new SchoolId(row.getLong("id")), row.getString("code"), row.getString("name"),
				ZoneId.of(row.getString("time_zone")), row.getString("phone_region"),
				row.getObject("quiet_from", LocalTime.class), row.getObject("quiet_to", LocalTime.class),
				row.getBoolean("sms_transliterate"), budgets(row), row.getObject("staff_quiet_from", LocalTime.class),
				row.getObject("staff_quiet_to", LocalTime.class), row.getBoolean("illness_excuses"),
				new SmsSender(row.getString("sms_from"), row.getString("sms_messaging_service")));
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
