/**
 * A conversation with the bot, as the commands see it whatever the messenger: what a
 * person sent, and what the bot replies, with buttons.
 */
package org.classbell.bot.conversation;
