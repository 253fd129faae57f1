/**
 * Delivery figures for the school administration: what the outbox sent, delivered and
 * failed per channel, opt-outs, and the SMS segments spent.
 */
package org.classbell.notifier.monitoring;
