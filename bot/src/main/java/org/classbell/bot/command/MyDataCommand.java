package org.classbell.bot.command;

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

import org.springframework.stereotype.Component;

/**
 * {@code /mydata}: after a confirmation, a guardian gets everything ClassBell holds about
 * them as a JSON file, the same JSON as the admin API's export, with dates as ISO-8601
 * text. The buttons work once, for the guardian who asked, until they expire.
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
		Asked asked = new Asked(caller.guardian().orElseThrow().id().value());
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
		Optional<Guardian> guardian = caller.guardian().filter((linked) -> caller.guardianConsented());
		if (found.isEmpty() || guardian.isEmpty() || !askedBy(found.get(), guardian.get())) {
			return List.of(this.texts.expired(caller));
		}
		if (!confirm.send()) {
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "mydata.cancelled")));
		}
		Optional<GuardianExport> export = this.personalData.export(guardian.get().school(), guardian.get().id());
		if (export.isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		return List.of(new Reply.Edit(this.texts.html(caller.locale(), "mydata.sent")),
				new Reply.Document("classbell-mydata-" + caller.today() + ".json",
						this.file.writeValueAsBytes(export.get()),
						this.texts.html(caller.locale(), "mydata.caption", Map.of("date", caller.today()))));
	}

	private boolean askedBy(PendingChoices.Pending choice, Guardian guardian) {
		try {
			return this.json.readValue(choice.payload(), Asked.class).guardian() == guardian.id().value();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/**
	 * Whose data the question was about.
	 *
	 * @param guardian the guardian's id
	 */
	record Asked(long guardian) {

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
