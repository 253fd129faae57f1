package org.classbell.app.console.imports;

import java.util.ArrayList;
import java.util.List;

import org.classbell.store.imports.Counts;
import org.classbell.store.roster.RosterSummary;
import org.classbell.store.staff.StaffSummary;
import org.classbell.store.timetable.TimetableSummary;

/**
 * What an import changes (or would), as the page lists it: groups of counts under
 * headings, each count with its label's message key.
 */
final class ImportChanges {

	private static final String PREFIX = "imports.change.";

	private ImportChanges() {
	}

	static List<Group> of(Record summary) {
		if (summary instanceof RosterSummary roster) {
			return roster(roster);
		}
		if (summary instanceof StaffSummary staff) {
			return staff(staff);
		}
		TimetableSummary timetable = (TimetableSummary) summary;
		return List.of(new Group("lessons",
				List.of(new Line("lessons.added", timetable.added()), new Line("lessons.changed", timetable.changed()),
						new Line("lessons.removed", timetable.removed()),
						new Line("lessons.total", timetable.lessons()))));
	}

	private static List<Group> roster(RosterSummary roster) {
		Counts students = roster.students();
		Counts guardians = roster.guardians();
		List<Group> groups = new ArrayList<>();
		groups.add(new Group("students",
				List.of(new Line("students.created", students.created()),
						new Line("students.moved", roster.studentsMoved()),
						new Line("students.updated", students.updated() - roster.studentsMoved()),
						new Line("students.deactivated", students.deactivated()),
						new Line("students.unchanged", students.unchanged()))));
		groups.add(new Group("guardians", List.of(new Line("guardians.created", guardians.created()),
				new Line("guardians.updated", guardians.updated()),
				new Line("guardians.unchanged", guardians.unchanged()), new Line("links.added", roster.linksAdded()),
				new Line("links.removed", roster.linksRemoved()))));
		groups.add(new Group("classes",
				List.of(new Line("classes.created", roster.classesCreated()),
						new Line("subgroups.added", roster.subgroupMembersAdded()),
						new Line("subgroups.removed", roster.subgroupMembersRemoved()))));
		return groups;
	}

	private static List<Group> staff(StaffSummary staff) {
		Counts members = staff.staff();
		return List.of(new Group("staff",
				List.of(new Line("staff.created", members.created()), new Line("staff.updated", members.updated()),
						new Line("staff.deactivated", members.deactivated()),
						new Line("staff.unchanged", members.unchanged()))),
				new Group("teaching",
						List.of(new Line("teaching.class_teachers", staff.classTeachers()),
								new Line("teaching.added", staff.assignmentsAdded()),
								new Line("teaching.removed", staff.assignmentsRemoved()),
								new Line("classes.created", staff.classesCreated()),
								new Line("subjects.created", staff.subjectsCreated()))));
	}

	/**
	 * Counts under a heading.
	 *
	 * @param key the heading's message key
	 * @param lines the counts
	 */
	record Group(String key, List<Line> lines) {

		Group {
			key = PREFIX + key;
		}

		/** Whether anything in it changes. */
		boolean changes() {
			return this.lines.stream()
				.anyMatch((line) -> line.count() > 0 && !line.key().endsWith("unchanged")
						&& !line.key().endsWith("total"));
		}

	}

	/**
	 * A count and its label's message key.
	 */
	record Line(String key, int count) {

		Line {
			key = key.startsWith(PREFIX) ? key : PREFIX + key;
		}

	}

}
