package org.classbell.store.imports;

/**
 * How many records of one kind an import created, changed, left as they were, and
 * deactivated.
 */
public record Counts(int created, int updated, int unchanged, int deactivated) {

	public static final Counts NONE = new Counts(0, 0, 0, 0);

}
