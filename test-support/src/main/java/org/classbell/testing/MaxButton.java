package org.classbell.testing;

/**
 * A button of a message the bot sent to or edited on {@link FakeMaxApi}.
 *
 * @param text its label
 * @param payload its payload, {@code null} for other kinds than {@code callback}
 */
public record MaxButton(String text, String payload) {

}
