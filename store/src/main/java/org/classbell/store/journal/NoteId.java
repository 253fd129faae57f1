package org.classbell.store.journal;

/**
 * Identifies a behaviour note.
 */
public record NoteId(long value) {

}
