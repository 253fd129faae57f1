package org.classbell.store.school;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.classbell.store.Batches;
import org.classbell.store.Names;
import org.classbell.store.SchoolId;
import org.classbell.store.SubjectId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subjects of the schools, named in any case.
 */
@Repository
public class Subjects {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Subjects(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The ids of these subjects by key, creating the ones the school does not have yet
	 * with the name as first written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Ensured ensure(SchoolId school, Collection<String> names) {
		Map<String, String> byKey = new HashMap<>();
		names.forEach((name) -> byKey.putIfAbsent(Names.key(name), Names.clean(name)));
		int created = Batches.sum(this.batch.batchUpdate("""
				insert into subject (school_id, name, name_key) values (?, ?, ?)
				on conflict (school_id, name_key) do nothing
				""",
				byKey.entrySet()
					.stream()
					.map((subject) -> new Object[] { school.value(), subject.getValue(), subject.getKey() })
					.toList()));
		Map<String, SubjectId> ids = new HashMap<>();
		this.jdbc.sql("select id, name_key from subject where school_id = ?").param(school.value()).query((row) -> {
			if (byKey.containsKey(row.getString("name_key"))) {
				ids.put(row.getString("name_key"), new SubjectId(row.getLong("id")));
			}
		});
		return new Ensured(ids, created);
	}

	/**
	 * Subjects by key, and how many of them were new.
	 */
	public record Ensured(Map<String, SubjectId> ids, int created) {

		public SubjectId id(String name) {
			return this.ids.get(Names.key(name));
		}

	}

}
