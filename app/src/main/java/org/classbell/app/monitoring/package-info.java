/**
 * {@code GET /api/monitoring/...}: the administration's monitoring reports, as JSON or
 * CSV.
 */
package org.classbell.app.monitoring;
