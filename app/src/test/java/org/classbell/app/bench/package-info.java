/**
 * The city benchmark ({@code ./bench}): a generated city in PostgreSQL, and the weekly
 * report run, dispatch, the bot and the roster import measured on it.
 */
package org.classbell.app.bench;
