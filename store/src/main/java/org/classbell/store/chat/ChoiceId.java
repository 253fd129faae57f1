package org.classbell.store.chat;

/**
 * Identifies a choice the bot keeps open for a person; its buttons carry it.
 */
public record ChoiceId(long value) {

}
