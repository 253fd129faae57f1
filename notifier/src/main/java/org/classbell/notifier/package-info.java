/**
 * The notifier: the outbox, the Telegram and SMS channels, dispatch, schedules and
 * provider webhooks.
 */
package org.classbell.notifier;
