/**
 * Backups: the nightly backup to every backup directory, its restore check, the admin
 * API, the {@code backups} health component, and the {@code restore} command.
 */
package org.classbell.app.backups;
