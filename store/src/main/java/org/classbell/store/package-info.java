/**
 * The store: the schema of ClassBell on PostgreSQL and the code that reads and writes it.
 * Its root holds what every part shares: typed ids, names and how they compare, the actor
 * a change is recorded for, languages; the features are its packages.
 */
package org.classbell.store;
