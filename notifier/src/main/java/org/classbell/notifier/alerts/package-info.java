/**
 * What the journal causes parents to be told: attendance alerts and their corrections,
 * praise and remarks and their withdrawal. The alerts listen to the journal's events in
 * the transaction of the entry, so the outbox rows commit with it; nothing outside calls
 * them.
 */
package org.classbell.notifier.alerts;
