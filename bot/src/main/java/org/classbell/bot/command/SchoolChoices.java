package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.Match;
import org.classbell.store.SchoolId;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.school.School;
import org.classbell.templates.Quote;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The school a staff command acts in when the caller is staff of several schools: the one
 * that has the class the command names, or of the caller's lesson now, as the command
 * says ({@link Command.SchoolBy}); else the bot asks «В какой школе?» with a button per
 * school ({@code sch:<choice>:<school>}, or {@code sch:<choice>:cancel}) and keeps the
 * command until they tap. A tap on a school that was not offered, or where the caller no
 * longer works, changes nothing.
 */
@Component
class SchoolChoices implements Buttons<SchoolChoices.Pick> {

	static final String KIND = "school";

	/**
	 * How much of the command the question repeats: enough to recognise it, while a long
	 * announcement (kept whole for when the school is tapped) keeps the message within
	 * Telegram's 4,096 characters.
	 */
	static final int SHOWN = 200;

	private final Classes classes;

	private final Scope scope;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	private final ObjectProvider<Router> router;

	SchoolChoices(Classes classes, Scope scope, PendingChoices pending, JsonMapper json, BotProperties properties,
			Texts texts, ObjectProvider<Router> router) {
		this.classes = classes;
		this.scope = scope;
		this.pending = pending;
		this.json = json;
		this.properties = properties;
		this.texts = texts;
		this.router = router;
	}

	/**
	 * The school of these (the caller's, two or more) that the command means, or the
	 * question which.
	 */
	Outcome<School> of(Caller caller, Command command, String name, String arguments, List<School> schools) {
		Optional<String> typedClass = Arguments.of(arguments).takeClass();
		Optional<School> found = switch (command.schoolBy()) {
			case CLASS -> typedClass.flatMap((typed) -> byClass(typed, schools));
			case CLASS_OR_LESSON ->
				typedClass.isPresent() ? byClass(typedClass.get(), schools) : byLesson(caller, schools);
			case ASKING, EVERY -> Optional.empty();
		};
		if (found.isPresent()) {
			return Outcome.ok(found.get());
		}
		return Outcome.stop(ask(caller, name, arguments, schools));
	}

	/**
	 * The one school that has the class; when none has it, the one with classes close to
	 * it, or the first when none has any (its reply says there is no such class).
	 */
	private Optional<School> byClass(String typed, List<School> schools) {
		List<School> having = new ArrayList<>();
		List<School> near = new ArrayList<>();
		for (School school : schools) {
			Match<SchoolClass> match = this.classes.match(school.id(), typed);
			if (match instanceof Match.Found) {
				having.add(school);
			}
			else if (!match.candidates().isEmpty()) {
				near.add(school);
			}
		}
		if (!having.isEmpty()) {
			return (having.size() == 1) ? Optional.of(having.get(0)) : Optional.empty();
		}
		if (near.isEmpty()) {
			return Optional.of(schools.get(0));
		}
		return (near.size() == 1) ? Optional.of(near.get(0)) : Optional.empty();
	}

	/**
	 * The one school where the caller has a lesson now.
	 */
	private Optional<School> byLesson(Caller caller, List<School> schools) {
		List<School> teaching = schools.stream()
			.filter((school) -> this.scope.currentLesson(caller.in(school)).isPresent())
			.toList();
		return (teaching.size() == 1) ? Optional.of(teaching.get(0)) : Optional.empty();
	}

	private Reply ask(Caller caller, String name, String arguments, List<School> schools) {
		Asked asked = new Asked(name, arguments, schools.stream().map((school) -> school.id().value()).toList());
		ChoiceId id = this.pending.save(caller.user(), KIND, this.json.writeValueAsString(asked), caller.now(),
				caller.now().plus(this.properties.choiceLifetime()));
		List<List<Reply.Button>> buttons = new ArrayList<>();
		for (School school : schools) {
			buttons.add(List
				.of(new Reply.Button(school.name(), ButtonData.join(prefix(), new Pick(id, school.id()).encode()))));
		}
		buttons.add(List.of(new Reply.Button(this.texts.label(caller.locale(), "students.cancel"),
				ButtonData.join(prefix(), Pick.cancel(id).encode()))));
		String command = Quote.cut(("/" + name + " " + arguments).strip(), SHOWN);
		return this.texts.ask(caller, "school.which", Map.of("command", command), buttons);
	}

	@Override
	public String prefix() {
		return "sch";
	}

	@Override
	public Optional<Pick> decode(String data) {
		return Pick.decode(data);
	}

	/**
	 * Runs the command kept in the school tapped, if it was offered and the caller works
	 * there still.
	 */
	@Override
	public List<Reply> press(Caller caller, Pick pick) {
		Optional<PendingChoices.Pending> found = this.pending.take(pick.choice(), KIND, caller.user(), caller.now());
		if (found.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		if (pick.school() == null) {
			this.pending.delete(found.get().id());
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "students.cancelled")));
		}
		Asked asked;
		try {
			asked = this.json.readValue(found.get().payload(), Asked.class);
		}
		catch (JacksonException ex) {
			this.pending.delete(found.get().id());
			return List.of(this.texts.expired(caller));
		}
		Optional<School> school = Optional.of(pick.school())
			.filter((chosen) -> asked.schools().contains(chosen.value()))
			.flatMap(caller.memberships()::school)
			.filter((chosen) -> caller.memberships().staffIn(chosen.id()).isPresent());
		if (school.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		this.pending.delete(found.get().id());
		List<Reply> replies = new ArrayList<>();
		replies
			.add(new Reply.Edit(this.texts.html(caller.locale(), "school.chosen", Map.of("school", school.get().name(),
					"command", Quote.cut(("/" + asked.command() + " " + asked.arguments()).strip(), SHOWN)))));
		replies.addAll(this.router.getObject().runIn(caller, school.get(), asked.command(), asked.arguments()));
		return replies;
	}

	/**
	 * The command kept while the caller chooses: its name, the words after it, and the
	 * schools offered.
	 */
	record Asked(String command, String arguments, List<Long> schools) {

		Asked {
			schools = List.copyOf(schools);
		}

	}

	/**
	 * A tap on a school, and its codec: {@code <choice>:<school>}, or
	 * {@code <choice>:cancel}.
	 *
	 * @param choice the choice kept open
	 * @param school the school tapped, or {@code null} to cancel the command
	 */
	record Pick(ChoiceId choice, SchoolId school) {

		static Pick cancel(ChoiceId choice) {
			return new Pick(choice, null);
		}

		String encode() {
			return this.choice.value() + ":" + ((this.school != null) ? String.valueOf(this.school.value()) : "cancel");
		}

		static Optional<Pick> decode(String data) {
			return ButtonData.split(data, 2).flatMap((parts) -> ButtonData.id(parts.get(0)).flatMap((choice) -> {
				if ("cancel".equals(parts.get(1))) {
					return Optional.of(cancel(new ChoiceId(choice)));
				}
				return ButtonData.id(parts.get(1))
					.map((school) -> new Pick(new ChoiceId(choice), new SchoolId(school)));
			}));
		}

	}

}
