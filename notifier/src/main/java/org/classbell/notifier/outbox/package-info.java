/**
 * The outbox: every message to a person is written here first, in the transaction of the
 * change that caused it, and sent from here.
 */
package org.classbell.notifier.outbox;
