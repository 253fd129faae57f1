/**
 * Subjects and the weekly timetable.
 */
package org.classbell.store.timetable;

import org.classbell.store.school.Subjects;
