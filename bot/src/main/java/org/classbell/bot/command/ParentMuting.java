package org.classbell.bot.command;

import java.util.List;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.relay.Relay;
import org.classbell.notifier.relay.RelayButtons;
import org.classbell.store.SchoolId;
import org.classbell.store.relay.Parties;

import org.springframework.stereotype.Component;

/**
 * «Не получать от этого родителя» under a parent's message
 * ({@code rm:<guardian>:<student>:on}), and «Снова получать» under its confirmation
 * ({@code ...:off}): the parent's messages about that child are kept but not passed on.
 * Only the child's class teacher or an admin of the school may.
 */
@Component
class ParentMuting implements Buttons<RelayButtons.Mute> {

	private final Relay relay;

	private final Texts texts;

	ParentMuting(Relay relay, Texts texts) {
		this.relay = relay;
		this.texts = texts;
	}

	@Override
	public String prefix() {
		return RelayButtons.MUTE;
	}

	@Override
	public Optional<RelayButtons.Mute> decode(String data) {
		return RelayButtons.decodeMute(data);
	}

	@Override
	public Optional<SchoolId> school(RelayButtons.Mute press) {
		return this.relay.parties(press.guardian(), press.student()).map(Parties::school);
	}

	@Override
	public List<Reply> press(Caller caller, RelayButtons.Mute press) {
		if (caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		Optional<Parties> parties = this.relay.mute(caller.staff().get(), press.guardian(), press.student(),
				press.muted(), caller.now());
		if (parties.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (!press.muted()) {
			return List
				.of(new Reply.Edit(this.texts.html(caller, "relay.unmuted_done", ParentReplies.names(parties.get()))));
		}
		return List.of(this.texts.ask(caller, "relay.muted_done", ParentReplies.names(parties.get()),
				List.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "relay.unmute_button"),
						RelayButtons.mute(press.guardian(), press.student(), false))))));
	}

}
