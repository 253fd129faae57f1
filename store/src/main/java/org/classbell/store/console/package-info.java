/**
 * What the web console keeps: one-time login links asked for in the bot, and files
 * uploaded for an import between their preview and their import.
 */
package org.classbell.store.console;
