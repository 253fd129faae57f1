/**
 * The MAX channel: a small typed client of the MAX Bot API, configured from
 * {@code CLASSBELL_MAX_*}; the bot's side of MAX uses the same client.
 */
package org.classbell.notifier.max;
