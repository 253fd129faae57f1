/**
 * CSV imports of rosters, staff and timetables through the admin API.
 */
package org.classbell.app.imports;
