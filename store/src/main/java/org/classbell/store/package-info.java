/**
 * The journal store: schema, aggregates and queries of ClassBell on PostgreSQL.
 */
package org.classbell.store;
