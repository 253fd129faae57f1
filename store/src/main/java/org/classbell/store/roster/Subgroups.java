package org.classbell.store.roster;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classbell.store.Batches;
import org.classbell.store.ClassId;
import org.classbell.store.Names;
import org.classbell.store.SchoolId;
import org.classbell.store.SubgroupId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subgroups of classes, such as English group 1 and 2 of 5А.
 */
@Repository
public class Subgroups {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Subgroups(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The ids of these subgroups, creating the ones that are new.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Key, SubgroupId> ensure(SchoolId school, Collection<Key> subgroups) {
		Map<Key, String> names = new HashMap<>();
		subgroups.forEach((subgroup) -> names.putIfAbsent(subgroup.normalised(), subgroup.name()));
		Batches.sum(this.batch.batchUpdate("""
				insert into subgroup (class_id, name, name_key) values (?, ?, ?)
				on conflict (class_id, name_key) do nothing
				""",
				names.entrySet()
					.stream()
					.map((entry) -> new Object[] { entry.getKey().classId().value(), Names.clean(entry.getValue()),
							entry.getKey().name() })
					.toList()));
		Map<Key, SubgroupId> ids = new HashMap<>();
		this.jdbc.sql("""
				select g.id, g.class_id, g.name_key from subgroup g
				join school_class c on c.id = g.class_id where c.school_id = ?
				""").param(school.value()).query((row) -> {
			Key key = new Key(new ClassId(row.getLong("class_id")), row.getString("name_key"));
			if (names.containsKey(key)) {
				ids.put(key, new SubgroupId(row.getLong("id")));
			}
		});
		return ids;
	}

	public List<String> ofClass(ClassId classId) {
		return this.jdbc.sql("select name from subgroup where class_id = ? order by name_key")
			.param(classId.value())
			.query(String.class)
			.list();
	}

	/**
	 * A subgroup by class and name.
	 */
	public record Key(ClassId classId, String name) {

		/**
		 * The same subgroup with its name as a key.
		 */
		public Key normalised() {
			return new Key(this.classId, Names.key(this.name));
		}

	}

}
