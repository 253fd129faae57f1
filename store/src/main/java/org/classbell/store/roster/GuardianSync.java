package org.classbell.store.roster;

import org.classbell.store.consent.Purpose;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.GuardianId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.classbell.store.Batches;
import org.classbell.store.Inserts;
import org.classbell.store.Language;
import org.classbell.store.Names;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.Timestamps;
import org.classbell.store.imports.Counts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the guardians of the students in a roster file, and their links to the students,
 * in line with it. A guardian is known by phone; one without a phone, or with a new
 * phone, is known by name among the guardians the student already has. The file is the
 * school's record: names, phones and the languages it gives are taken as they are; the
 * consent it gives is recorded, and withdrawn when the file no longer gives it unless the
 * guardian gave it themselves.
 */
@Component
class GuardianSync {

	private static final String ROSTER = "roster";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ConsentLedger consents;

	GuardianSync(JdbcClient jdbc, JdbcTemplate batch, ConsentLedger consents) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.consents = consents;
	}

	Result sync(SchoolId school, List<RosterRow> rows, Map<String, StudentId> students, Instant now) {
		Map<String, Wanted> wanted = wanted(rows, students);
		List<Existing> existing = this.jdbc.sql("""
				select id, full_name, phone, language, consent_at, consent_source from guardian where school_id = ?
				""").param(school.value()).query(Existing.class).list();
		Set<Long> fileStudents = new HashSet<>();
		students.values().forEach((id) -> fileStudents.add(id.value()));
		Set<Link> links = new HashSet<>();
		this.jdbc.sql("""
				select sg.student_id, sg.guardian_id from student_guardian sg
				join student s on s.id = sg.student_id where s.school_id = ?
				""").param(school.value()).query(Link.class).list().forEach((link) -> {
			if (fileStudents.contains(link.studentId())) {
				links.add(link);
			}
		});
		Map<String, Existing> matched = match(wanted, existing, links);

		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		List<Wanted> fresh = new ArrayList<>();
		Map<Wanted, Long> ids = new HashMap<>();
		List<ConsentChange> consents = new ArrayList<>();
		Set<Long> changed = new HashSet<>();
		for (Map.Entry<String, Wanted> entry : wanted.entrySet()) {
			Wanted guardian = entry.getValue();
			Existing found = matched.get(entry.getKey());
			if (found == null) {
				fresh.add(guardian);
				Recorded values = guardian.recorded();
				inserts.add(new Object[] { school.value(), values.name(), Names.key(values.name()), values.phone(),
						values.language(), Timestamps.of(now) });
			}
			else {
				ids.put(guardian, found.id());
				found.update(guardian.row()).ifPresent((values) -> {
					updates.add(new Object[] { values.name(), Names.key(values.name()), values.phone(),
							values.language(), Timestamps.of(now), found.id() });
					changed.add(found.id());
				});
				found.consent(guardian).ifPresent((consent) -> {
					consents.add(consent);
					changed.add(found.id());
				});
			}
		}
		List<Long> created = Inserts.batch(this.batch, """
				insert into guardian (school_id, full_name, name_key, phone, language, updated_at)
				values (?, ?, ?, ?, ?, ?)
				""", inserts);
		for (int i = 0; i < fresh.size(); i++) {
			ids.put(fresh.get(i), created.get(i));
			if (fresh.get(i).row().consent()) {
				consents.add(ConsentChange.given(new GuardianId(created.get(i)), Purpose.PROCESSING,
						ConsentSource.ROSTER, fresh.get(i).detail()));
			}
		}
		this.batch.batchUpdate("""
				update guardian set full_name = ?, name_key = ?, phone = ?, language = ?, updated_at = ?
				where id = ?
				""", updates);
		this.consents.record(consents, now);
		Counts counts = new Counts(inserts.size(), changed.size(), wanted.size() - inserts.size() - changed.size(), 0);
		return link(wanted.values(), ids, links, counts);
	}

	private Result link(Iterable<Wanted> wanted, Map<Wanted, Long> ids, Set<Link> existing, Counts counts) {
		Set<Link> desired = new HashSet<>();
		for (Wanted guardian : wanted) {
			guardian.students().forEach((student) -> desired.add(new Link(student.value(), ids.get(guardian))));
		}
		List<Object[]> added = desired.stream()
			.filter((link) -> !existing.contains(link))
			.map((link) -> new Object[] { link.studentId(), link.guardianId() })
			.toList();
		List<Object[]> removed = existing.stream()
			.filter((link) -> !desired.contains(link))
			.map((link) -> new Object[] { link.studentId(), link.guardianId() })
			.toList();
		this.batch.batchUpdate("delete from student_guardian where student_id = ? and guardian_id = ?", removed);
		int linked = Batches
			.sum(this.batch.batchUpdate("insert into student_guardian (student_id, guardian_id) values (?, ?)", added));
		return new Result(counts, linked, removed.size());
	}

	/**
	 * The guardians of the file, one per phone, or per name and student where there is no
	 * phone.
	 */
	private static Map<String, Wanted> wanted(List<RosterRow> rows, Map<String, StudentId> students) {
		Map<String, Wanted> wanted = new LinkedHashMap<>();
		for (RosterRow row : rows) {
			row.guardian().ifPresent((guardian) -> {
				StudentId student = students.get(row.studentKey());
				String identity = guardian.phone()
					.map(PhoneNumber::e164)
					.orElseGet(() -> "name:" + student.value() + "|" + Names.key(guardian.name()));
				wanted.computeIfAbsent(identity, (key) -> new Wanted(guardian, row.line(), new ArrayList<>()))
					.students()
					.add(student);
			});
		}
		return wanted;
	}

	private static Map<String, Existing> match(Map<String, Wanted> wanted, List<Existing> existing, Set<Link> links) {
		Map<String, Existing> byPhone = new HashMap<>();
		Map<Long, Existing> byId = new HashMap<>();
		for (Existing guardian : existing) {
			byId.put(guardian.id(), guardian);
			if (guardian.phone() != null) {
				byPhone.put(guardian.phone(), guardian);
			}
		}
		Map<Long, List<Existing>> ofStudent = new HashMap<>();
		links.forEach((link) -> ofStudent.computeIfAbsent(link.studentId(), (id) -> new ArrayList<>())
			.add(byId.get(link.guardianId())));
		Set<String> filePhones = new HashSet<>();
		wanted.values()
			.forEach((guardian) -> guardian.row().phone().ifPresent((phone) -> filePhones.add(phone.e164())));

		Map<String, Existing> matched = new HashMap<>();
		Set<Long> claimed = new HashSet<>();
		wanted.forEach((identity,
				guardian) -> guardian.row().phone().map((phone) -> byPhone.get(phone.e164())).ifPresent((found) -> {
					matched.put(identity, found);
					claimed.add(found.id());
				}));
		wanted.forEach((identity, guardian) -> {
			if (matched.containsKey(identity)) {
				return;
			}
			String nameKey = Names.key(guardian.row().name());
			guardian.students()
				.stream()
				.flatMap((student) -> ofStudent.getOrDefault(student.value(), List.of()).stream())
				.filter((found) -> !claimed.contains(found.id()) && Names.key(found.fullName()).equals(nameKey)
						&& (found.phone() == null || !filePhones.contains(found.phone())))
				.findFirst()
				.ifPresent((found) -> {
					matched.put(identity, found);
					claimed.add(found.id());
				});
		});
		return matched;
	}

	record Wanted(RosterRow.GuardianRow row, long line, List<StudentId> students) {

		/**
		 * What is recorded of a guardian the file brings.
		 */
		Recorded recorded() {
			return new Recorded(Names.clean(this.row.name()), phone(), this.row.language().orElse(Language.RU).code());
		}

		/**
		 * Where in the file the guardian's consent is said: the consent ledger's detail.
		 */
		String detail() {
			return "line " + this.line;
		}

		String phone() {
			return this.row.phone().map(PhoneNumber::e164).orElse(null);
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	record Existing(long id, String fullName, String phone, String language, Instant consentAt, String consentSource) {

		/**
		 * What to record to say what the file says, or nothing when it says what is
		 * recorded.
		 */
		Optional<Recorded> update(RosterRow.GuardianRow row) {
			String name = Names.clean(row.name());
			String phone = row.phone().map(PhoneNumber::e164).orElse(null);
			String language = row.language().map(Language::code).orElse(this.language);
			if (name.equals(this.fullName) && Objects.equals(phone, this.phone) && language.equals(this.language)) {
				return Optional.empty();
			}
			return Optional.of(new Recorded(name, phone, language));
		}

		/**
		 * The consent the file gives or takes back: given where none is recorded;
		 * withdrawn where the file no longer gives it and it came from a roster (a
		 * consent the guardian gave themselves stays).
		 */
		Optional<ConsentChange> consent(Wanted wanted) {
			GuardianId guardian = new GuardianId(this.id);
			if (wanted.row().consent() && this.consentAt == null) {
				return Optional
					.of(ConsentChange.given(guardian, Purpose.PROCESSING, ConsentSource.ROSTER, wanted.detail()));
			}
			if (!wanted.row().consent() && ROSTER.equals(this.consentSource)) {
				return Optional
					.of(ConsentChange.withdrawn(guardian, Purpose.PROCESSING, ConsentSource.ROSTER, wanted.detail()));
			}
			return Optional.empty();
		}

	}

	/**
	 * What the guardian table keeps of a guardian from a roster.
	 *
	 * @param name the full name, cleaned
	 * @param phone the phone in E.164, or {@code null}
	 * @param language the language's code
	 */
	record Recorded(String name, String phone, String language) {

	}

	record Link(long studentId, long guardianId) {

	}

	record Result(Counts counts, int linksAdded, int linksRemoved) {

	}

}
