/**
 * Monitoring figures for the school administration and the city's operator: how teachers
 * keep the journal and how many families are reachable, each one set-based query.
 */
package org.classbell.store.monitoring;
