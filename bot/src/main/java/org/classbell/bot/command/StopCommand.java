package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.SchoolId;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.chat.ChatLinks;
import org.classbell.store.consent.ConsentChange;
import org.classbell.store.consent.ConsentLedger;
import org.classbell.store.consent.ConsentSource;
import org.classbell.store.consent.Purpose;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * {@code /stop}: after a confirmation, a guardian gets no more messages, by Telegram or
 * SMS, and this Telegram account is unlinked; a new code from the class teacher links it
 * again. A parent linked in several schools may stop one school's messages
 * ({@code stop:<school>}) or all of them ({@code stop:yes}); each school's link is its
 * own.
 */
@Component
class StopCommand implements Command, Buttons<StopCommand.Stop> {

	private final ConsentLedger consents;

	private final ChatLinks links;

	private final AuditTrail audit;

	private final Texts texts;

	StopCommand(ConsentLedger consents, ChatLinks links, AuditTrail audit, Texts texts) {
		this.consents = consents;
		this.links = links;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("stop");
	}

	@Override
	public Audience audience() {
		return Audience.GUARDIAN;
	}

	@Override
	public String prefix() {
		return "stop";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		List<Guardian> guardians = caller.memberships().guardians();
		List<List<Reply.Button>> buttons = new ArrayList<>();
		if (guardians.size() > 1) {
			for (Guardian guardian : guardians) {
				School school = caller.memberships().school(guardian.school()).orElseThrow();
				buttons.add(List.of(new Reply.Button(
						this.texts.label(caller.locale(), "stop.school", Map.of("school", school.name())),
						encode(new Stop(true, school.id())))));
			}
			buttons.add(List.of(new Reply.Button(this.texts.label(caller.locale(), "stop.every_school"),
					encode(new Stop(true, null)))));
			buttons.add(List
				.of(new Reply.Button(this.texts.label(caller.locale(), "stop.no"), encode(new Stop(false, null)))));
			return List.of(this.texts.ask(caller, "stop.ask_schools", both(guardians), buttons));
		}
		return List.of(this.texts.ask(caller, "stop.ask", both(guardians), List
			.of(List.of(new Reply.Button(this.texts.label(caller.locale(), "stop.yes"), encode(new Stop(true, null))),
					new Reply.Button(this.texts.label(caller.locale(), "stop.no"), encode(new Stop(false, null)))))));
	}

	private String encode(Stop stop) {
		return ButtonData.join(prefix(), stop.encode());
	}

	/**
	 * Whether the guardians linked both messengers, which /stop unlinks together.
	 */
	private Map<String, String> both(List<Guardian> guardians) {
		boolean both = guardians.stream().anyMatch((guardian) -> this.links.messengers(guardian.id()).size() > 1);
		return Map.of("both", both ? "yes" : "no");
	}

	@Override
	public Optional<Stop> decode(String data) {
		return Stop.decode(data);
	}

	@Override
	public List<Reply> press(Caller caller, Stop stop) {
		if (caller.guardian().isEmpty() || !stop.stop()) {
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "stop.kept"), List.of()));
		}
		List<Guardian> stopped = (stop.school() == null)
				? (caller.memberships().guardians().size() > 1) ? caller.memberships().guardians()
						: List.of(caller.guardian().get())
				: caller.memberships().guardianIn(stop.school()).map(List::of).orElse(List.of());
		if (stopped.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		Map<String, String> both = both(stopped);
		for (Guardian guardian : stopped) {
			this.audit.actAs(Actor.guardian(guardian.id()));
			this.consents.record(
					ConsentChange.withdrawn(guardian.id(), Purpose.SMS, ConsentSource.of(caller.messenger()), "/stop"),
					caller.now());
			this.links.unlinkGuardian(guardian.id(), caller.now());
		}
		if (stop.school() != null && caller.memberships().guardians().size() > 1) {
			String school = caller.memberships().school(stop.school()).orElseThrow().name();
			return List.of(new Reply.Edit(
					this.texts.html(caller.locale(), "stop.done_school", Map.of("school", school)), List.of()));
		}
		return List.of(new Reply.Edit(this.texts.html(caller, "stop.done", both), List.of()));
	}

	/**
	 * A press under the question, and its codec: {@code yes} (every school's messages),
	 * {@code <school>} (one school's), or {@code no}.
	 *
	 * @param stop whether to stop
	 * @param school the school whose messages stop, or {@code null} for all
	 */
	record Stop(boolean stop, SchoolId school) {

		String encode() {
			return (this.school != null) ? String.valueOf(this.school.value()) : ButtonData.yesNo(this.stop);
		}

		static Optional<Stop> decode(String data) {
			return ButtonData.yesNo(data)
				.map((yes) -> new Stop(yes, null))
				.or(() -> ButtonData.id(data).map((id) -> new Stop(true, new SchoolId(id))));
		}

	}

}
