package org.classbell.bot.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.SchoolId;

/**
 * The school a button was made in, carried by the button, for a person linked in several
 * schools: {@code @<school>/<data>}. A press of it is handled as the person's staff
 * member or guardian in that school (if they still are one there), so that a roll call, a
 * student to pick or an announcement's figures go on in the school the command ran in.
 * Buttons for people of one school carry no stamp.
 *
 * @param school the school
 * @param data the button's own data
 */
record SchoolStamp(SchoolId school, String data) {

	private static final Pattern STAMPED = Pattern.compile("@([1-9][0-9]{0,17})/(.+)", Pattern.DOTALL);

	String encode() {
		return "@" + this.school.value() + "/" + this.data;
	}

	/**
	 * The school and the button's data, if the data is stamped.
	 */
	static Optional<SchoolStamp> decode(String data) {
		Matcher matcher = STAMPED.matcher(data);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return ButtonData.id(matcher.group(1)).map((id) -> new SchoolStamp(new SchoolId(id), matcher.group(2)));
	}

	/**
	 * The replies with every button stamped with the school; a button the stamp would
	 * make too long for the messenger is left as it is.
	 */
	static List<Reply> stamp(SchoolId school, List<Reply> replies) {
		return replies.stream().map((reply) -> {
			if (reply instanceof Reply.Send send) {
				return new Reply.Send(send.html(), stampRows(school, send.buttons()));
			}
			if (reply instanceof Reply.Edit edit) {
				return new Reply.Edit(edit.html(), stampRows(school, edit.buttons()));
			}
			return reply;
		}).toList();
	}

	private static List<List<Reply.Button>> stampRows(SchoolId school, List<List<Reply.Button>> rows) {
		return rows.stream().map((row) -> row.stream().map((button) -> {
			String stamped = new SchoolStamp(school, button.data()).encode();
			return (stamped.getBytes(StandardCharsets.UTF_8).length <= Reply.Button.MAX_DATA_BYTES)
					? new Reply.Button(button.label(), stamped) : button;
		}).toList()).toList();
	}

}
