/**
 * The bot: how teachers keep the journal and parents link and ask, by command, in a
 * messenger. {@code command} holds what the commands and buttons do, seeing only a
 * {@code conversation}; {@code update} handles each update once; {@code telegram} is the
 * adapter to Telegram (a second messenger would be an adapter beside it).
 */
package org.classbell.bot;
