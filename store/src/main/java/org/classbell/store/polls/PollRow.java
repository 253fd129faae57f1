package org.classbell.store.polls;

import java.time.Instant;

/**
 * A poll as the admin's list shows it.
 *
 * @param id the poll
 * @param className the class asked, or {@code null} for the whole school
 * @param question what was asked
 * @param author who asked, last name first
 * @param anonymous whether it is anonymous
 * @param multiple whether several options may be chosen
 * @param createdAt when it was asked
 * @param closesAt when it closes
 * @param closedAt when it closed, or {@code null}
 * @param asked how many guardians it reached
 * @param answered how many of them answered
 */
public record PollRow(long id, String className, String question, String author, boolean anonymous, boolean multiple,
		Instant createdAt, Instant closesAt, Instant closedAt, int asked, int answered) {

}
