package org.classbell.testing;

/**
 * An inline keyboard button of a message the bot sent or edited.
 *
 * @param text its label
 * @param callbackData its {@code callback_data}, {@code null} for other kinds of button
 */
public record Button(String text, String callbackData) {

}
