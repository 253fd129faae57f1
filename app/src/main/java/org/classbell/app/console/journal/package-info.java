/**
 * The console's history of journal changes: who changed which mark, absence, note or
 * homework, when, from what to what.
 */
package org.classbell.app.console.journal;
