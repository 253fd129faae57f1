/**
 * The notifier: what parents are told and how it reaches them. {@code alerts} listen to
 * the journal's events and write alerts and corrections to the {@code outbox};
 * {@code announcements} and {@code reports} (with their {@code schedule}) write there
 * too; {@code dispatch} sends what the outbox holds through the channels' carriers:
 * {@code telegram} (the Bot API client the bot's Telegram adapter shares) and
 * {@code twilio} (SMS, and Twilio's callbacks), SMS cut to their budgets by {@code sms};
 * {@code inbound} acts on what parents text back.
 */
package org.classbell.notifier;
