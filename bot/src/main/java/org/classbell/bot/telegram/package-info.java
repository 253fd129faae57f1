/**
 * Connection to the Telegram Bot API: settings, the client, the bot's identity.
 */
package org.classbell.bot.telegram;
