package org.classbell.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classbell.store.Batches;
import org.classbell.store.ClassId;
import org.classbell.store.Match;
import org.classbell.store.SchoolId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes of the schools, found by the names people type.
 */
@Repository
public class Classes {

	private static final String COLUMNS = "id, school_id, name, grade, attendance_only";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Classes(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The class a person means by a typed name: {@code 5a}, {@code 5 А} and {@code 5А}
	 * find 5А; {@code 5} finds 5А when it is the only class of grade 5 and offers all of
	 * them when not.
	 */
	public Match<SchoolClass> match(SchoolId school, String typed) {
		String key = ClassName.keyOf(typed);
		List<SchoolClass> exact = this.jdbc
			.sql("select " + COLUMNS + " from school_class where school_id = ? and name_key = ?")
			.params(school.value(), key)
			.query(Classes::schoolClass)
			.list();
		if (!exact.isEmpty() || key.isEmpty()) {
			return Match.of(exact, List.of());
		}
		List<SchoolClass> sameGrade = this.jdbc.sql("""
				select %s from school_class
				where school_id = :school and grade = (select substring(:key from '^[0-9]+')::int)
				order by name_key
				""".formatted(COLUMNS))
			.param("school", school.value())
			.param("key", key)
			.query(Classes::schoolClass)
			.list();
		List<SchoolClass> starting = sameGrade.stream()
			.filter((candidate) -> ClassName.keyOf(candidate.name()).startsWith(key))
			.toList();
		return Match.of(starting, sameGrade);
	}

	public List<SchoolClass> all(SchoolId school) {
		return this.jdbc.sql("select " + COLUMNS + " from school_class where school_id = ? order by grade, name_key")
			.param(school.value())
			.query(Classes::schoolClass)
			.list();
	}

	public SchoolClass get(ClassId id) {
		return this.jdbc.sql("select " + COLUMNS + " from school_class where id = ?")
			.param(id.value())
			.query(Classes::schoolClass)
			.single();
	}

	/**
	 * The ids of these classes by key, creating the ones the school does not have yet.
	 * Classes of grade 1 are created attendance-only.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Ensured ensure(SchoolId school, Collection<ClassName> names) {
		Map<String, ClassName> byKey = new HashMap<>();
		names.forEach((name) -> byKey.putIfAbsent(name.key(), name));
		int created = Batches.sum(this.batch.batchUpdate("""
				insert into school_class (school_id, name, name_key, grade, attendance_only)
				values (?, ?, ?, ?, ?) on conflict (school_id, name_key) do nothing
				""", byKey.values()
			.stream()
			.map((name) -> new Object[] { school.value(), name.display(), name.key(), name.grade(), name.grade() == 1 })
			.toList()));
		Map<String, ClassId> ids = new HashMap<>();
		this.jdbc.sql("select id, name_key from school_class where school_id = ?")
			.param(school.value())
			.query((row) -> {
				if (byKey.containsKey(row.getString("name_key"))) {
					ids.put(row.getString("name_key"), new ClassId(row.getLong("id")));
				}
			});
		return new Ensured(ids, created);
	}

	private static SchoolClass schoolClass(ResultSet row, int rowNum) throws SQLException {
		return new SchoolClass(new ClassId(row.getLong("id")), new SchoolId(row.getLong("school_id")),
				row.getString("name"), row.getInt("grade"), row.getBoolean("attendance_only"));
	}

	/**
	 * Classes by key, and how many of them were new.
	 */
	public record Ensured(Map<String, ClassId> ids, int created) {

		public ClassId id(ClassName name) {
			return this.ids.get(name.key());
		}

	}

}
