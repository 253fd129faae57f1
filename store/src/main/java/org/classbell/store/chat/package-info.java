/**
 * People's accounts in the messengers the bot talks through (Telegram), their links to
 * staff and guardians, the choices a conversation keeps open, and the updates handled.
 */
package org.classbell.store.chat;
