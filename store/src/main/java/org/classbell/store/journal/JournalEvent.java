package org.classbell.store.journal;

import java.time.Instant;

/**
 * What the journal tells the rest of ClassBell about a change it made: published in the
 * transaction of the entry, so that whatever a listener writes (the notifier's outbox)
 * commits with the entry or not at all.
 */
public sealed interface JournalEvent permits AttendanceChanged, MarksRecorded, NoteWritten, HomeworkSet, EntryReverted {

	/**
	 * When the entry was made.
	 */
	Instant at();

}
