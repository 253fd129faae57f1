/**
 * Backups: a consistent snapshot of the whole database as one compressed file with a
 * manifest, its restore into an empty database, and the log of the backups made.
 */
package org.classbell.store.backup;
