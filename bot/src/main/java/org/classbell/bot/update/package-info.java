/**
 * Telegram updates in and replies out: each update handled once, in one transaction with
 * what it changes.
 */
package org.classbell.bot.update;
