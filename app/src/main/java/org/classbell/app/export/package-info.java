/**
 * The journal export for the regional education portal: a CSV per class, written every
 * evening into a folder of the day and given on demand by
 * {@code GET /api/export/journal}.
 */
package org.classbell.app.export;
