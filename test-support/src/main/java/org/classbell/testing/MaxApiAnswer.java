package org.classbell.testing;

/**
 * A {@code POST /answers} call to {@link FakeMaxApi}: the bot's answer to a button press.
 *
 * @param callbackId the press answered
 * @param notification the one-time notification shown, {@code null} when none
 */
public record MaxApiAnswer(String callbackId, String notification) {

}
