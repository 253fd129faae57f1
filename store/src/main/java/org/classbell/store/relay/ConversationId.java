package org.classbell.store.relay;

/**
 * A conversation between a guardian and the class teacher about one child.
 */
public record ConversationId(long value) {

}
