/**
 * What the journal causes parents to be told: attendance alerts and their corrections,
 * behaviour notes, announcements.
 */
package org.classbell.notifier.alerts;
