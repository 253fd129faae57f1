/**
 * {@code /console/monitoring}: the monitoring reports as server-drawn SVG charts, each
 * with its table and CSV.
 */
package org.classbell.app.console.monitoring;
