package org.classbell.store.roster;

import org.classbell.store.imports.Counts;

/**
 * What a roster import changed.
 *
 * @param lines the lines of the file
 * @param classesCreated classes the school did not have before
 * @param students students created, changed, unchanged, and deactivated for being left
 * out of their class
 * @param studentsMoved active students put in another class (counted among the changed
 * too)
 * @param guardians guardians created, changed and unchanged
 * @param linksAdded student–guardian links made
 * @param linksRemoved student–guardian links the file no longer has
 * @param subgroupMembersAdded students put in a subgroup
 * @param subgroupMembersRemoved students taken out of a subgroup
 */
public record RosterSummary(int lines, int classesCreated, Counts students, int studentsMoved, Counts guardians,
		int linksAdded, int linksRemoved, int subgroupMembersAdded, int subgroupMembersRemoved) {

}
