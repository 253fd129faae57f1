package org.classbell.store.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of a school's journal from the audit log: marks, attendance, behaviour
 * notes and homework, newest first, a page at a time, with the students, classes,
 * subjects and staff named in one query. A row since deleted is placed by the log's copy
 * of it.
 */
@Repository
public class JournalChanges {

	/** The journal's tables, as the audit log names them. */
	private static final List<String> ENTITIES = List.of("mark", "attendance", "behaviour_note", "homework");

	/** How much of a note's or homework's text a change shows. */
	private static final int TEXT = 200;

	private static final String PLACED = """
			with changed as (
			    select a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.before, a.after,
			           coalesce(a.after, a.before) as entry
			    from audit_log a
			    where a.entity in (:entities)
			      and (cast(:from as timestamptz) is null or a.at >= cast(:from as timestamptz))
			      and (cast(:to as timestamptz) is null or a.at < cast(:to as timestamptz))
			      and (cast(:actor as text) is null or a.actor = cast(:actor as text))
			), placed as (
			    select c.*, st.last_name, st.first_name,
			           coalesce(st.class_id, (c.entry ->> 'class_id')::bigint) as class_id
			    from changed c
			    left join student st on st.id = (c.entry ->> 'student_id')::bigint
			)
			""";

	private static final String FROM = """
			from placed p
			join school_class cl on cl.id = p.class_id
			""";

	private static final String WHERE = """
			where cl.school_id = :school and (:everyClass or cl.id in (:classes))
			""";

	private final JdbcClient jdbc;

	JournalChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the changes the filter selects, newest first, and how many it selects.
	 */
	public Page page(Filter filter, int offset, int limit) {
		List<JournalChange> changes = params(this.jdbc.sql(PLACED + """
				select p.id, p.at, p.actor, p.action, p.entity, p.last_name, p.first_name, cl.name as class_name,
				       su.name as subject, sf.last_name as staff_last, sf.first_name as staff_first,
				       sf.middle_name as staff_middle,
				       coalesce((p.entry ->> 'day')::date, (p.entry ->> 'assigned_on')::date) as day,
				       (p.entry ->> 'lesson_no')::int as lesson,
				       (p.before ->> 'value') || coalesce(p.before ->> 'modifier', '') as before_mark,
				       p.before ->> 'status' as before_status, p.before ->> 'kind' as before_kind,
				       left(p.before ->> 'text', :text) as before_text,
				       (p.after ->> 'value') || coalesce(p.after ->> 'modifier', '') as after_mark,
				       p.after ->> 'status' as after_status, p.after ->> 'kind' as after_kind,
				       left(p.after ->> 'text', :text) as after_text,
				       p.action = 'delete' and exists (
				           select 1 from audit_log i join journal_entry je on je.txid = i.txid
				           where i.entity = p.entity and i.entity_id = p.entity_id and i.action = 'insert'
				             and je.undone_at is not null) as undone
				""" + FROM + """
				left join subject su on su.id = (p.entry ->> 'subject_id')::bigint
				left join staff sf on p.actor like 'staff:%' and sf.id = substr(p.actor, 7)::bigint
				""" + WHERE + """
				order by p.at desc, p.id desc
				offset :offset limit :limit
				"""), filter).param("text", TEXT)
			.param("offset", offset)
			.param("limit", limit)
			.query(JournalChanges::change)
			.list();
		long total = params(this.jdbc.sql(PLACED + "select count(*) " + FROM + WHERE), filter).query(Long.class)
			.single();
		return new Page(changes, total);
	}

	/**
	 * The school's classes, in order, for a filter.
	 */
	public List<Named> classes(SchoolId school) {
		return this.jdbc.sql("select id, name from school_class where school_id = ? order by grade, name_key")
			.param(school.value())
			.query((row, number) -> new Named(row.getLong("id"), row.getString("name")))
			.list();
	}

	/**
	 * The school's staff by surname, for a filter.
	 */
	public List<Named> staff(SchoolId school) {
		return this.jdbc.sql("""
				select id, concat_ws(' ', last_name, first_name, nullif(middle_name, '')) as name
				from staff where school_id = ? order by last_name_key, first_name_key, middle_name_key
				""")
			.param(school.value())
			.query((row, number) -> new Named(row.getLong("id"), row.getString("name")))
			.list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, Filter filter) {
		return statement.param("entities", ENTITIES)
			.param("from", Timestamps.of(filter.from()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("to", Timestamps.of(filter.to()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("actor", filter.actor(), java.sql.Types.VARCHAR)
			.param("school", filter.school().value())
			.param("everyClass", filter.classes() == null)
			.param("classes", (filter.classes() == null || filter.classes().isEmpty()) ? List.of(0L)
					: filter.classes().stream().map(ClassId::value).toList());
	}

	private static JournalChange change(ResultSet row, int number) throws SQLException {
		String staff = (row.getString("staff_last") != null) ? String
			.join(" ", row.getString("staff_last"), row.getString("staff_first"), row.getString("staff_middle"))
			.strip() : null;
		String student = (row.getString("last_name") != null)
				? row.getString("last_name") + " " + row.getString("first_name") : null;
		return new JournalChange(row.getLong("id"), Timestamps.instant(row, "at"), row.getString("actor"), staff,
				row.getString("action"), row.getString("entity"), student, row.getString("class_name"),
				row.getString("subject"), row.getObject("day", LocalDate.class), row.getObject("lesson", Integer.class),
				entry(row, "before_"), entry(row, "after_"), row.getBoolean("undone"));
	}

	private static JournalChange.Entry entry(ResultSet row, String prefix) throws SQLException {
		String mark = row.getString(prefix + "mark");
		String status = row.getString(prefix + "status");
		String kind = row.getString(prefix + "kind");
		String text = row.getString(prefix + "text");
		return (mark == null && status == null && kind == null && text == null) ? null
				: new JournalChange.Entry(mark, status, kind, text);
	}

	/**
	 * Which changes to show.
	 *
	 * @param school the school
	 * @param classes the classes; {@code null} for every class of the school
	 * @param actor who made them, as the log names them; {@code null} for anyone
	 * @param from the first instant; {@code null} for the log's start
	 * @param to the instant after the last; {@code null} for now
	 */
	public record Filter(SchoolId school, List<ClassId> classes, String actor, Instant from, Instant to) {

	}

	/**
	 * A page of changes.
	 *
	 * @param changes the page's changes, newest first
	 * @param total how many the filter selects in all
	 */
	public record Page(List<JournalChange> changes, long total) {

	}

	/**
	 * A class or staff member, by id and name.
	 */
	public record Named(long id, String name) {

	}

}
