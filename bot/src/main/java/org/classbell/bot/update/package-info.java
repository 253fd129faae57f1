/**
 * Updates in and replies out, whatever the messenger: each update handled once, in one
 * transaction with what it changes, its replies handed back to the messenger's adapter.
 */
package org.classbell.bot.update;
