package org.classbell.store.roster;

import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.classbell.store.Actor;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.imports.ImportLock;
import org.classbell.store.imports.ImportOutcome;
import org.classbell.store.imports.ImportProblem;
import org.classbell.store.imports.LineProblems;
import org.classbell.store.school.School;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a roster: the students of the classes in the file and their guardians. A file
 * with any problem imports nothing; importing the same file again changes nothing.
 */
@Service
public class RosterImport {

	private final Classes classes;

	private final StudentSync students;

	private final GuardianSync guardians;

	private final SubgroupSync subgroups;

	private final ImportLock lock;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RosterImport(Classes classes, StudentSync students, GuardianSync guardians, SubgroupSync subgroups, ImportLock lock,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.classes = classes;
		this.students = students;
		this.guardians = guardians;
		this.subgroups = subgroups;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The problems of these lines, without importing anything.
	 */
	public List<ImportProblem> check(School school, List<RosterLine> lines) {
		LineProblems problems = new LineProblems();
		RosterRows.check(lines, school.phoneRegion(), problems);
		return problems.list();
	}

	@Transactional
	public ImportOutcome<RosterSummary> apply(School school, List<RosterLine> lines, Actor actor) {
		LineProblems problems = new LineProblems();
		List<RosterRow> rows = RosterRows.check(lines, school.phoneRegion(), problems);
		if (!problems.isEmpty()) {
			return problems.rejected();
		}
		this.audit.actAs(actor);
		this.lock.hold(school.id());
		Instant now = this.clock.instant();
		Classes.Ensured classIds = this.classes.ensure(school.id(), rows.stream().map(RosterRow::className).toList());
		StudentSync.Result students = this.students.sync(school.id(), rows, classIds, now);
		GuardianSync.Result guardians = this.guardians.sync(school.id(), rows, students.ids(), now);
		int[] members = this.subgroups.sync(school.id(), rows, classIds, students.ids());
		this.events.publishEvent(new RosterImported(school.id(), now));
		return new ImportOutcome.Applied<>(
				new RosterSummary(lines.size(), classIds.created(), students.counts(), students.moved(),
						guardians.counts(), guardians.linksAdded(), guardians.linksRemoved(), members[0], members[1]));
	}

}
