/**
 * Announcements of class teachers and admins to the guardians of a class or the school,
 * and how far they got.
 */
package org.classbell.notifier.announcements;
