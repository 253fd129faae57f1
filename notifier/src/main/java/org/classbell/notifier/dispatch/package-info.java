/**
 * Dispatch: claiming due notifications from the outbox, handing them to a channel's
 * carrier, and recording what came of it.
 */
package org.classbell.notifier.dispatch;
