package org.classbell.store.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classbell.store.Batches;
import org.classbell.store.Inserts;
import org.classbell.store.Names;
import org.classbell.store.PersonName;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;
import org.classbell.store.imports.Counts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the students of the classes in a roster file in line with it. A student is the
 * same person when surname and first name match (and the middle name, where both give
 * one); one found in another class of the file has moved; one left out of their class is
 * deactivated, never deleted.
 */
@Component
class StudentSync {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	StudentSync(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Result sync(SchoolId school, List<RosterRow> rows, Classes.Ensured classIds, Instant now) {
		Map<String, RosterRow> wanted = new LinkedHashMap<>();
		rows.forEach((row) -> wanted.putIfAbsent(row.studentKey(), row));
		Set<Long> fileClasses = new HashSet<>();
		wanted.values().forEach((row) -> fileClasses.add(classIds.id(row.className()).value()));

		List<Existing> existing = this.jdbc.sql("""
				select id, class_id, list_no, last_name, first_name, middle_name, active
				from student where school_id = ? order by active desc, id
				""").param(school.value()).query(Existing.class).list();
		Map<String, Existing> matched = match(wanted, existing, classIds, fileClasses);

		Map<String, StudentId> ids = new HashMap<>();
		List<Object[]> updates = new ArrayList<>();
		List<String> fresh = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		int moved = 0;
		for (Map.Entry<String, RosterRow> entry : wanted.entrySet()) {
			RosterRow row = entry.getValue();
			long classId = classIds.id(row.className()).value();
			Existing found = matched.get(entry.getKey());
			if (found == null) {
				fresh.add(entry.getKey());
				inserts.add(insert(school.value(), classId, row, now));
				continue;
			}
			ids.put(entry.getKey(), new StudentId(found.id()));
			if (!found.sameAs(classId, row)) {
				updates.add(update(found.id(), classId, row, now));
			}
			if (found.active() && found.classId() != classId) {
				moved++;
			}
		}
		List<Long> created = Inserts.batch(this.batch, """
				insert into student (school_id, class_id, list_no, last_name, first_name, middle_name, last_name_key,
				                     first_name_key, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts);
		for (int i = 0; i < fresh.size(); i++) {
			ids.put(fresh.get(i), new StudentId(created.get(i)));
		}
		this.batch.batchUpdate("""
				update student set class_id = ?, list_no = ?, last_name = ?, first_name = ?, middle_name = ?,
				                   last_name_key = ?, first_name_key = ?, updated_at = ?, active = true
				where id = ?
				""", updates);
		Set<Long> kept = new HashSet<>();
		matched.values().forEach((found) -> kept.add(found.id()));
		List<Object[]> leaving = existing.stream()
			.filter((student) -> student.active() && fileClasses.contains(student.classId())
					&& !kept.contains(student.id()))
			.map((student) -> new Object[] { Timestamps.of(now), student.id() })
			.toList();
		int deactivated = Batches
			.sum(this.batch.batchUpdate("update student set active = false, updated_at = ? where id = ?", leaving));
		Counts counts = new Counts(inserts.size(), updates.size(), wanted.size() - inserts.size() - updates.size(),
				deactivated);
		return new Result(ids, counts, moved);
	}

	private static Map<String, Existing> match(Map<String, RosterRow> wanted, List<Existing> existing,
			Classes.Ensured classIds, Set<Long> fileClasses) {
		Map<Long, List<Existing>> byClass = new HashMap<>();
		Map<String, List<Existing>> byName = new HashMap<>();
		for (Existing student : existing) {
			byClass.computeIfAbsent(student.classId(), (id) -> new ArrayList<>()).add(student);
			byName.computeIfAbsent(student.nameKey(), (key) -> new ArrayList<>()).add(student);
		}
		Map<String, Existing> matched = new HashMap<>();
		Set<Long> claimed = new HashSet<>();
		for (Map.Entry<String, RosterRow> entry : wanted.entrySet()) {
			PersonName name = entry.getValue().student();
			byClass.getOrDefault(classIds.id(entry.getValue().className()).value(), List.of())
				.stream()
				.filter((student) -> !claimed.contains(student.id()) && student.name().mayBe(name))
				.min(Comparator.comparing((Existing student) -> !student.name().key().equals(name.key())))
				.ifPresent((student) -> {
					matched.put(entry.getKey(), student);
					claimed.add(student.id());
				});
		}
		for (Map.Entry<String, RosterRow> entry : wanted.entrySet()) {
			if (matched.containsKey(entry.getKey())) {
				continue;
			}
			PersonName name = entry.getValue().student();
			List<Existing> movers = byName
				.getOrDefault(Names.key(name.last()) + "|" + Names.key(name.first()), List.of())
				.stream()
				.filter((student) -> fileClasses.contains(student.classId()) && !claimed.contains(student.id())
						&& student.name().mayBe(name))
				.toList();
			if (movers.size() == 1) {
				matched.put(entry.getKey(), movers.get(0));
				claimed.add(movers.get(0).id());
			}
		}
		return matched;
	}

	private static Object[] insert(long school, long classId, RosterRow row, Instant now) {
		PersonName name = row.student();
		return new Object[] { school, classId, row.listNo(), name.last(), name.first(), name.middle(),
				Names.key(name.last()), Names.key(name.first()), Timestamps.of(now) };
	}

	private static Object[] update(long id, long classId, RosterRow row, Instant now) {
		PersonName name = row.student();
		return new Object[] { classId, row.listNo(), name.last(), name.first(), name.middle(), Names.key(name.last()),
				Names.key(name.first()), Timestamps.of(now), id };
	}

	record Existing(long id, long classId, int listNo, String lastName, String firstName, String middleName,
			boolean active) {

		PersonName name() {
			return new PersonName(this.lastName, this.firstName, this.middleName);
		}

		String nameKey() {
			return Names.key(this.lastName) + "|" + Names.key(this.firstName);
		}

		boolean sameAs(long classId, RosterRow row) {
			PersonName wanted = row.student();
			return this.active && this.classId == classId && this.listNo == row.listNo()
					&& this.lastName.equals(wanted.last()) && this.firstName.equals(wanted.first())
					&& this.middleName.equals(wanted.middle());
		}

	}

	/**
	 * What the sync did: the students' ids by row key, the counts, and how many active
	 * students it moved to another class (counted among the changed too).
	 */
	record Result(Map<String, StudentId> ids, Counts counts, int moved) {

	}

}
