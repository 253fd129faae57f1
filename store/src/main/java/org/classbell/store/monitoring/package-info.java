/**
 * Monitoring figures for the school administration: how teachers keep the journal and how
 * many families are reachable, each one set-based query.
 */
package org.classbell.store.monitoring;
