/**
 * {@code GET /api/monitoring/...}: the administration's monitoring reports, and
 * {@code GET /api/city/summary}, the operator's summary of every school, as JSON or CSV.
 */
package org.classbell.app.monitoring;
