/**
 * The gauges an operator scrapes from {@code /actuator/prometheus}: the outbox and the
 * report runs, read from the database at most once per few seconds however often they are
 * scraped.
 */
package org.classbell.app.metrics;
