/**
 * The Telegram adapter: updates in by long polling (one node at a time) or webhook,
 * turned into what the commands read; replies out as Bot API calls in Telegram's HTML;
 * the bot's username for deep links.
 */
package org.classbell.bot.telegram;
