package org.classbell.bot.command;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.polls.PollAsking;
import org.classbell.notifier.polls.PollButtons;
import org.classbell.notifier.polls.PollTexts;
import org.classbell.store.SchoolId;
import org.classbell.store.polls.Poll;
import org.classbell.store.polls.PollId;
import org.classbell.store.polls.Polls;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;

import org.springframework.stereotype.Component;

/**
 * {@code /poll <class>|all [анонимно] [несколько] [до 05.12 18:00] <question> | <option> |
 * <option>...}: a poll of every guardian of a class (its class teacher, or an admin) or
 * of the whole school (an admin). The answer has buttons for the results as they come
 * ({@code pr:<poll>}), which the author and the school's admins may press, and to close
 * the poll now ({@code pc:<poll>}, {@link PollCloseButtons}).
 */
@Component
class PollCommand implements Command, Buttons<PollId> {

	private final Scope scope;

	private final PollAsking asking;

	private final Polls polls;

	private final PollTexts pollTexts;

	private final Texts texts;

	PollCommand(Scope scope, PollAsking asking, Polls polls, PollTexts pollTexts, Texts texts) {
		this.scope = scope;
		this.asking = asking;
		this.polls = polls;
		this.pollTexts = pollTexts;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("poll");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public SchoolBy schoolBy() {
		return SchoolBy.CLASS;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		return this.scope.classOrSchool(caller, "poll", text, (schoolClass, rest) -> ask(caller, schoolClass, rest));
	}

	private List<Reply> ask(Caller caller, SchoolClass schoolClass, String text) {
		ZoneId zone = caller.school().orElseThrow().timeZone();
		PollSyntax.Result read = PollSyntax.read(text, caller.now(), zone);
		if (read instanceof PollSyntax.Wrong wrong) {
			return List.of(this.texts.say(caller, wrong.key(), wrong.arguments()));
		}
		PollSyntax.Read poll = (PollSyntax.Read) read;
		PollAsking.Asked asked = this.asking.ask(caller.staff().orElseThrow(), schoolClass, poll.question(),
				poll.closesAt(), caller.now());
		return List.of(this.texts.ask(caller, "poll.sent",
				Map.of("class", (schoolClass != null) ? schoolClass.name() : "", "everyone",
						ButtonData.yesNo(schoolClass == null), "recipients", asked.recipients(), "unreachable",
						asked.unreachable(), "closes", PollTexts.when(poll.closesAt(), zone)),
				authorButtons(caller, asked.poll())));
	}

	/**
	 * The author's buttons under a poll: its results, and while it is open, close now.
	 */
	List<List<Reply.Button>> authorButtons(Caller caller, Poll poll) {
		Reply.Button results = new Reply.Button(this.texts.label(caller.locale(), "poll.results_button"),
				PollButtons.results(poll.id()));
		if (!poll.isOpen(caller.now())) {
			return List.of(List.of(results));
		}
		return List.of(List.of(results, new Reply.Button(this.texts.label(caller.locale(), "poll.close_button"),
				PollButtons.close(poll.id()))));
	}

	@Override
	public String prefix() {
		return PollButtons.RESULTS;
	}

	@Override
	public Optional<PollId> decode(String data) {
		return PollButtons.readPoll(data);
	}

	@Override
	public Optional<SchoolId> school(PollId id) {
		return this.polls.find(id).map(Poll::school);
	}

	@Override
	public List<Reply> press(Caller caller, PollId id) {
		Optional<Poll> poll = authorsPoll(caller, id);
		if (poll.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (!mayManage(caller, poll.get())) {
			return List.of(this.texts.say(caller, "poll.results_not_yours"));
		}
		return List.of(results(caller, poll.get()));
	}

	/**
	 * The results of the poll for its author, with their buttons.
	 */
	Reply results(Caller caller, Poll poll) {
		ZoneId zone = caller.school().orElseThrow().timeZone();
		return new Reply.Send(this.pollTexts.results(caller.locale(), this.polls.results(poll), zone),
				authorButtons(caller, poll));
	}

	/**
	 * The poll of this id in the caller's school, if the caller is its staff.
	 */
	Optional<Poll> authorsPoll(Caller caller, PollId id) {
		return caller.staff().flatMap((staff) -> this.polls.find(id, staff.school()));
	}

	/**
	 * Whether the caller wrote the poll or is an admin of its school.
	 */
	static boolean mayManage(Caller caller, Poll poll) {
		StaffMember staff = caller.staff().orElseThrow();
		return staff.id().equals(poll.author()) || staff.role() == Role.ADMIN;
	}

}
