/**
 * Test support shared with other modules: a local fake of the Telegram Bot API.
 */
package org.classbell.bot.testing;
