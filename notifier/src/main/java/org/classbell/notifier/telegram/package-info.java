/**
 * The Telegram channel: the Bot API client, configured from {@code CLASSBELL_TELEGRAM_*},
 * and the carrier that hands notifications to it. The bot's side of Telegram (updates in,
 * replies out) is the bot module's Telegram adapter, which uses the same client.
 */
package org.classbell.notifier.telegram;
