/**
 * Progress reports: a child's marks, attendance, notes and homework over a period.
 */
package org.classbell.notifier.reports;
