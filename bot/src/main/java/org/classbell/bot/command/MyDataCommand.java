package org.classbell.bot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.privacy.PersonalData;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.privacy.GuardianExport;
import org.classbell.store.roster.Guardian;
import org.classbell.store.school.School;

import org.springframework.stereotype.Component;

/**
 * {@code /mydata}: after a confirmation, a guardian gets everything ClassBell holds about
 * them as a JSON file, the same JSON as the admin API's export, with dates as ISO-8601
 * text. The buttons work once, for the guardian who asked, until they expire. A parent
 * linked in several schools gets a file for each school, which holds their data.
 */
@Component
class MyDataCommand implements Command, Buttons<MyDataCommand.Confirm> {

	static final String KIND = "mydata";

	private final PersonalData personalData;

	private final PendingChoices pending;

	private final JsonMapper json;

	private final ObjectWriter file;

	private final BotProperties properties;

	private final Texts texts;

	MyDataCommand(PersonalData personalData, PendingChoices pending, JsonMapper json, BotProperties properties,
			Texts texts) {
		this.personalData = personalData;
		this.pending = pending;
		this.json = json;
		this.file = json.writer().without(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).withDefaultPrettyPrinter();
		this.properties = properties;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("mydata");
	}

	@Override
	public Audience audience() {
		return Audience.GUARDIAN;
	}

	@Override
	public String prefix() {
		return "mydata";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		Asked asked = new Asked(
				caller.memberships().consentedGuardians().stream().map((guardian) -> guardian.id().value()).toList());
		ChoiceId id = this.pending.save(caller.user(), KIND, this.json.writeValueAsString(asked), caller.now(),
				caller.now().plus(this.properties.choiceLifetime()));
		return List.of(this.texts.ask(caller, "mydata.ask", Map.of(),
				List.of(List.of(button(caller, "mydata.send_button", new Confirm(id, true)),
						button(caller, "mydata.cancel_button", new Confirm(id, false))))));
	}

	private Reply.Button button(Caller caller, String label, Confirm confirm) {
		return new Reply.Button(this.texts.label(caller.locale(), label), ButtonData.join(prefix(), confirm.encode()));
	}

	@Override
	public Optional<Confirm> decode(String data) {
		return Confirm.decode(data);
	}

	/**
	 * Sends the file, or says it was not sent; a button that is not the caller's, was
	 * used, expired, or was pressed after they were unlinked from the guardian who asked
	 * is out of date.
	 */
	@Override
	public List<Reply> press(Caller caller, Confirm confirm) {
		Optional<PendingChoices.Pending> found = this.pending.take(confirm.choice(), KIND, caller.user(), caller.now());
		found.ifPresent((choice) -> this.pending.delete(choice.id()));
		List<Guardian> guardians = caller.memberships().consentedGuardians();
		if (found.isEmpty() || guardians.isEmpty() || !askedBy(found.get(), guardians)) {
			return List.of(this.texts.expired(caller));
		}
		if (!confirm.send()) {
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "mydata.cancelled")));
		}
		List<Reply> replies = new ArrayList<>();
		for (Guardian guardian : guardians) {
			Optional<GuardianExport> export = this.personalData.export(guardian.school(), guardian.id());
			if (export.isEmpty()) {
				return List.of(this.texts.expired(caller));
			}
			School school = caller.memberships().school(guardian.school()).orElseThrow();
			String name = (guardians.size() > 1) ? "classbell-mydata-" + caller.today() + "-" + school.code() + ".json"
					: "classbell-mydata-" + caller.today() + ".json";
			String caption = (guardians.size() > 1)
					? this.texts.html(caller.locale(), "mydata.caption_school",
							Map.of("date", caller.today(), "school", school.name()))
					: this.texts.html(caller.locale(), "mydata.caption", Map.of("date", caller.today()));
			replies.add(new Reply.Document(name, this.file.writeValueAsBytes(export.get()), caption));
		}
		replies.add(0, new Reply.Edit(this.texts.html(caller.locale(), "mydata.sent")));
		return replies;
	}

	private boolean askedBy(PendingChoices.Pending choice, List<Guardian> guardians) {
		try {
			return this.json.readValue(choice.payload(), Asked.class)
				.guardians()
				.equals(guardians.stream().map((guardian) -> guardian.id().value()).toList());
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/**
	 * Whose data the question was about.
	 *
	 * @param guardians the ids of the guardian records, one in each school
	 */
	record Asked(List<Long> guardians) {

		Asked {
			guardians = List.copyOf(guardians);
		}

	}

	/**
	 * A press of one of the question's buttons, and its codec: {@code <choice>:yes} or
	 * {@code <choice>:no}.
	 *
	 * @param choice the question kept open
	 * @param send whether to send the file
	 */
	record Confirm(ChoiceId choice, boolean send) {

		String encode() {
			return this.choice.value() + ":" + ButtonData.yesNo(this.send);
		}

		static Optional<Confirm> decode(String data) {
			return ButtonData.split(data, 2)
				.flatMap((parts) -> ButtonData.id(parts.get(0))
					.flatMap(
							(id) -> ButtonData.yesNo(parts.get(1)).map((send) -> new Confirm(new ChoiceId(id), send))));
		}

	}

}
