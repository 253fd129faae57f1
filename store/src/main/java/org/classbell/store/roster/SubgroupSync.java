package org.classbell.store.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the subgroup members of the students in a roster file in line with its
 * {@code subgroups} column, creating the subgroups it names. A file without the column
 * leaves memberships alone.
 */
@Component
class SubgroupSync {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Subgroups subgroups;

	SubgroupSync(JdbcClient jdbc, JdbcTemplate batch, Subgroups subgroups) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.subgroups = subgroups;
	}

	int[] sync(SchoolId school, List<RosterRow> rows, Classes.Ensured classIds, Map<String, StudentId> students) {
		if (rows.stream().allMatch((row) -> row.subgroups() == null)) {
			return new int[] { 0, 0 };
		}
		List<Subgroups.Key> named = new ArrayList<>();
		rows.forEach((row) -> row.subgroups()
			.forEach((name) -> named.add(new Subgroups.Key(classIds.id(row.className()), name))));
		Map<Subgroups.Key, SubgroupId> ids = this.subgroups.ensure(school, named);
		Set<List<Long>> desired = new HashSet<>();
		for (RosterRow row : rows) {
			long student = students.get(row.studentKey()).value();
			for (String name : row.subgroups()) {
				desired.add(List.of(ids.get(new Subgroups.Key(classIds.id(row.className()), name).normalised()).value(),
						student));
			}
		}
		Set<Long> fileStudents = new HashSet<>();
		students.values().forEach((id) -> fileStudents.add(id.value()));
		Set<List<Long>> existing = new HashSet<>();
		this.jdbc.sql("""
				select m.subgroup_id, m.student_id from subgroup_member m join student s on s.id = m.student_id
				where s.school_id = ?
				""").param(school.value()).query((row) -> {
			if (fileStudents.contains(row.getLong(2))) {
				existing.add(List.of(row.getLong(1), row.getLong(2)));
			}
		});
		List<Object[]> added = desired.stream().filter((m) -> !existing.contains(m)).map(List::toArray).toList();
		List<Object[]> removed = existing.stream().filter((m) -> !desired.contains(m)).map(List::toArray).toList();
		this.batch.batchUpdate("delete from subgroup_member where subgroup_id = ? and student_id = ?", removed);
		this.batch.batchUpdate("insert into subgroup_member (subgroup_id, student_id) values (?, ?)", added);
		return new int[] { added.size(), removed.size() };
	}

}
