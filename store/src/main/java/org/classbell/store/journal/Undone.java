package org.classbell.store.journal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.classbell.store.roster.StudentId;

/**
 * What came of asking to undo one's last journal entry.
 */
public sealed interface Undone {

	/**
	 * The entry was undone: its rows are as they were before it.
	 *
	 * @param kind what the entry had recorded
	 * @param rows the rows changed back
	 */
	record Reverted(EntryKind kind, List<Row> rows) implements Undone {

		public Reverted {
			rows = List.copyOf(rows);
		}

		/**
		 * The students and days whose attendance changed back.
		 */
		public Set<StudentDay> attendance() {
			Set<StudentDay> days = new LinkedHashSet<>();
			this.rows.stream()
				.filter((row) -> "attendance".equals(row.table()))
				.forEach((row) -> days.add(new StudentDay(row.student(), row.day())));
			return days;
		}

		/**
		 * The behaviour notes taken back.
		 */
		public List<Row> notes() {
			return this.rows.stream().filter((row) -> "behaviour_note".equals(row.table())).toList();
		}

	}

	/**
	 * One row changed back: its table and id, and the student and day it was about where
	 * it had them.
	 */
	record Row(String table, long id, StudentId student, LocalDate day) {

	}

	/**
	 * A student on a day.
	 */
	record StudentDay(StudentId student, LocalDate day) {

	}

	/**
	 * No entry of this author is recent enough to undo.
	 */
	record NothingRecent() implements Undone {

	}

	/**
	 * Someone changed the same records since; undoing would lose their change.
	 */
	record ChangedSince(EntryKind kind) implements Undone {

	}

}
