/**
 * The bot's commands and buttons: who may do what, how their words are read, what is
 * answered.
 */
package org.classbell.bot.command;
