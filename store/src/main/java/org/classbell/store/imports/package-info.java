/**
 * What imports of rosters, staff and timetables have in common: problems by line, and
 * all-or-nothing outcomes.
 */
package org.classbell.store.imports;
