/**
 * {@code GET /api/outbox}: the school's notifications as the admin sees them.
 */
package org.classbell.app.outbox;
