package org.classbell.bot.command;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classbell.store.Messenger;

import org.springframework.stereotype.Component;

/**
 * Every link that uses an invite code, one per messenger that is on: an invite opens the
 * bot in Telegram or in MAX, whichever the person has.
 */
@Component
public class InviteLinks {

	private final List<StartLinks> messengers;

	InviteLinks(List<StartLinks> messengers) {
		this.messengers = messengers.stream().sorted(Comparator.comparing(StartLinks::messenger)).toList();
	}

	/**
	 * The links for the code, by messenger, Telegram first; empty when no messenger is
	 * on.
	 */
	public Map<Messenger, String> of(String code) {
		Map<Messenger, String> links = new LinkedHashMap<>();
		this.messengers.forEach(
				(messenger) -> messenger.startLink(code).ifPresent((link) -> links.put(messenger.messenger(), link)));
		return links;
	}

}
