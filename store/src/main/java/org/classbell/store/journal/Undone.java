package org.classbell.store.journal;

/**
 * What came of asking to undo one's last journal entry.
 */
public sealed interface Undone {

	/**
	 * The entry was undone: its rows are as they were before it, and an
	 * {@link EntryReverted} says which.
	 *
	 * @param kind what the entry had recorded
	 */
	record Reverted(EntryKind kind) implements Undone {

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
