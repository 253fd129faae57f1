/**
 * Retention: how long message texts, the audit log and the bookkeeping of the bot and the
 * rate limits are kept, and the sweep that blanks or deletes what is older.
 */
package org.classbell.store.retention;
