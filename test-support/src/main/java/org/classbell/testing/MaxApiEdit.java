package org.classbell.testing;

import java.util.List;

/**
 * A {@code PUT /messages} call to {@link FakeMaxApi}, or the message of a
 * {@code POST /answers}.
 *
 * @param mid the message edited
 * @param text its new text
 * @param buttons its keyboard after the edit, row by row; empty when none
 */
public record MaxApiEdit(String mid, String text, List<List<MaxButton>> buttons) {

}
