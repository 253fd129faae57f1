/**
 * The Telegram bot: how teachers keep the journal and parents link and ask, by command.
 */
package org.classbell.bot;
