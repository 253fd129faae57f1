/**
 * The embedded PostgreSQL server that ClassBell runs when no external database is
 * configured.
 */
package org.classbell.store.embedded;
