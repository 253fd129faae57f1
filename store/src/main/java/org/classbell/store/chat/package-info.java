/**
 * People's accounts in the messengers the bot talks through (Telegram), their links to
 * staff and guardians, the choices a conversation keeps open, and the updates and SMS
 * already handled, so that each acts once.
 */
package org.classbell.store.chat;
