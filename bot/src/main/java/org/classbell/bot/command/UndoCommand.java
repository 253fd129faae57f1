package org.classbell.bot.command;

import java.util.List;
import java.util.Map;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.StaffId;
import org.classbell.store.journal.JournalEntries;
import org.classbell.store.journal.Undone;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;

/**
 * {@code /undo}: takes back the teacher's last journal entry, if it is recent enough and
 * nobody changed the same records since, in whichever of their schools it was. Guardians
 * already told get a correction; messages not sent yet are withdrawn.
 */
@Component
class UndoCommand implements Command {

	private final JournalEntries entries;

	private final BotProperties properties;

	private final Texts texts;

	UndoCommand(JournalEntries entries, BotProperties properties, Texts texts) {
		this.entries = entries;
		this.properties = properties;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("undo");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public SchoolBy schoolBy() {
		return SchoolBy.EVERY;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		Undone undone = this.entries.undoLast(author(caller), caller.now(), this.properties.undoWindow());
		if (undone instanceof Undone.NothingRecent) {
			return List.of(this.texts.say(caller, "undo.nothing",
					Map.of("minutes", this.properties.undoWindow().toMinutes())));
		}
		if (undone instanceof Undone.ChangedSince changed) {
			return List.of(this.texts.say(caller, "undo.changed", Map.of("kind", changed.kind().code())));
		}
		Undone.Reverted reverted = (Undone.Reverted) undone;
		return List.of(this.texts.say(caller, "undo.done", Map.of("kind", reverted.kind().code())));
	}

	/**
	 * The caller's staff member whose entry is the last: of a teacher of several schools,
	 * the one in the school they wrote to last.
	 */
	private StaffId author(Caller caller) {
		StaffId first = caller.staff().orElseThrow().id();
		List<StaffMember> all = caller.memberships().staff();
		if (all.size() < 2) {
			return first;
		}
		return this.entries
			.lastAuthor(all.stream().map(StaffMember::id).toList(), caller.now(), this.properties.undoWindow())
			.orElse(first);
	}

}
