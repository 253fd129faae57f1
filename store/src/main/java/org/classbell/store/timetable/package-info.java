/**
 * Subjects and the weekly timetable.
 */
package org.classbell.store.timetable;
