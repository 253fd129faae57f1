package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.conversation.Reply;
import org.classbell.store.ClassId;
import org.classbell.store.SchoolId;
import org.classbell.store.StudentId;
import org.classbell.store.SubgroupId;
import org.classbell.store.chat.ChoiceId;
import org.classbell.store.chat.PendingChoices;
import org.classbell.store.journal.Attendances;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.roster.Students;
import org.classbell.store.timetable.TimetableSlot;

import org.springframework.stereotype.Component;

/**
 * {@code /rollcall [<class>] [@<lesson>]}: the class of the lesson now as buttons, one
 * per student; a tap marks a student absent or present again, "Done" saves the roll call
 * (and the journal tells the guardians). The sheet keeps the school it was made in: a tap
 * counts only from the teacher's staff record there, whatever school the button claims.
 */
@Component
class RollCallCommand implements Command, Buttons<RollCallCommand.Tap> {

	static final String KIND = "rollcall";

	private final Scope scope;

	private final Students students;

	private final Classes classes;

	private final Attendances attendances;

	private final PendingChoices pending;

	private final Journal journal;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	RollCallCommand(Scope scope, Students students, Classes classes, Attendances attendances, PendingChoices pending,
			Journal journal, JsonMapper json, BotProperties properties, Texts texts) {
		this.scope = scope;
		this.students = students;
		this.classes = classes;
		this.attendances = attendances;
		this.pending = pending;
		this.journal = journal;
		this.json = json;
		this.properties = properties;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("rollcall");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public SchoolBy schoolBy() {
		return SchoolBy.CLASS_OR_LESSON;
	}

	@Override
	public String prefix() {
		return "rc";
	}

	@Override
	public List<Reply> run(Caller caller, String name, String text) {
		Arguments arguments = Arguments.of(text);
		Optional<String> typedClass = arguments.takeClass();
		Optional<Lessons> lessons = arguments.takeLessons();
		if (lessons.isEmpty() || lessons.get().numbers().size() > 1) {
			return List.of(this.texts.say(caller, "rollcall.bad_lesson"));
		}
		return this.scope.classOf(caller, typedClass, Scope.Right.JOURNAL, "/rollcall 5А").then((schoolClass) -> {
			Optional<TimetableSlot> now = this.scope.currentLesson(caller)
				.filter((slot) -> slot.classId().equals(schoolClass.id()));
			Integer lesson = lessons.get().isWholeDay() ? now.map(TimetableSlot::lessonNo).orElse(null)
					: lessons.get().numbers().get(0);
			SubgroupId subgroup = now
				.filter((slot) -> slot.subgroupId() != null && Integer.valueOf(slot.lessonNo()).equals(lesson))
				.map(TimetableSlot::subgroupId)
				.orElse(null);
			List<StudentCard> group = (subgroup != null) ? this.students.ofSubgroup(subgroup) : List.of();
			List<StudentCard> roll = group.isEmpty() ? this.students.ofClass(schoolClass.id()) : group;
			if (roll.isEmpty()) {
				return List.of(this.texts.say(caller, "rollcall.empty", Map.of("class", schoolClass.name())));
			}
			List<StudentId> ids = roll.stream().map(StudentCard::id).toList();
			Set<StudentId> marked = this.attendances.absent(ids, caller.today(), lesson);
			List<StudentId> absent = ids.stream().filter(marked::contains).toList();
			Sheet sheet = new Sheet(schoolClass.school(), schoolClass.id(), group.isEmpty() ? null : subgroup,
					schoolClass.name(), caller.today(), lesson, ids, absent, absent);
			ChoiceId id = this.pending.save(caller.user(), KIND, this.json.writeValueAsString(sheet), caller.now(),
					caller.now().plus(this.properties.choiceLifetime()));
			return List.of(new Reply.Send(title(caller, sheet), buttons(caller, id, sheet, roll)));
		});
	}

	@Override
	public Optional<Tap> decode(String data) {
		return Tap.decode(data);
	}

	@Override
	public List<Reply> press(Caller caller, Tap tap) {
		Optional<PendingChoices.Pending> found = this.pending.take(tap.sheet(), KIND, caller.user(), caller.now());
		if (found.isEmpty() || caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		ChoiceId id = found.get().id();
		Sheet sheet;
		try {
			sheet = this.json.readValue(found.get().payload(), Sheet.class);
		}
		catch (JacksonException ex) {
			this.pending.delete(id);
			return List.of(this.texts.expired(caller));
		}
		if (!caller.actsAsStaffIn(sheet.school())
				|| !this.classes.get(sheet.classId()).school().equals(sheet.school())) {
			return List.of(this.texts.expired(caller));
		}
		if (tap.action() == Tap.Action.CANCEL) {
			this.pending.delete(id);
			return List.of(new Reply.Edit(this.texts.html(caller.locale(), "rollcall.cancelled")));
		}
		if (tap.action() == Tap.Action.DONE) {
			this.pending.delete(id);
			return List.of(save(caller, sheet));
		}
		if (!sheet.students().contains(tap.student())) {
			return List.of(this.texts.expired(caller));
		}
		Sheet toggled = sheet.toggle(tap.student());
		this.pending.update(id, this.json.writeValueAsString(toggled));
		List<StudentCard> roll = toggled.students()
			.stream()
			.map((each) -> this.students.find(each).orElseThrow())
			.toList();
		return List.of(new Reply.Edit(title(caller, toggled), buttons(caller, id, toggled, roll)));
	}

	private Reply save(Caller caller, Sheet sheet) {
		Set<StudentId> absent = new LinkedHashSet<>(sheet.absent());
		List<StudentId> present = sheet.before().stream().filter((student) -> !absent.contains(student)).toList();
		this.journal.rollCall(caller.staff().orElseThrow(), sheet.classId(), sheet.subgroupId(), sheet.absent(),
				present, sheet.day(), sheet.lesson(), caller.now());
		List<StudentCard> missing = sheet.absent()
			.stream()
			.map((student) -> this.students.find(student).orElseThrow())
			.toList();
		String key = missing.isEmpty() ? "rollcall.saved_all_present" : "rollcall.saved";
		return new Reply.Edit(this.texts.html(caller.locale(), key, Map.of("class", sheet.className(), "lesson",
				lessonName(caller, sheet), "students", Words.students(missing), "count", missing.size())));
	}

	private String title(Caller caller, Sheet sheet) {
		return this.texts.html(caller.locale(), "rollcall.title", Map.of("class", sheet.className(), "lesson",
				lessonName(caller, sheet), "count", sheet.absent().size()));
	}

	private String lessonName(Caller caller, Sheet sheet) {
		return (sheet.lesson() != null)
				? this.texts.label(caller.locale(), "rollcall.lesson", Map.of("lesson", sheet.lesson()))
				: this.texts.label(caller.locale(), "rollcall.day");
	}

	private List<List<Reply.Button>> buttons(Caller caller, ChoiceId id, Sheet sheet, List<StudentCard> roll) {
		List<List<Reply.Button>> rows = new ArrayList<>();
		List<Reply.Button> row = new ArrayList<>();
		for (StudentCard student : roll) {
			boolean absent = sheet.absent().contains(student.id());
			row.add(new Reply.Button(
					this.texts.label(caller.locale(), absent ? "rollcall.absent" : "rollcall.present",
							Map.of("number", student.listNo(), "name",
									student.lastName() + " " + student.firstName().charAt(0) + ".")),
					encode(Tap.toggle(id, student.id()))));
			if (row.size() == 2) {
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		rows.add(List.of(
				new Reply.Button(this.texts.label(caller.locale(), "rollcall.done"),
						encode(new Tap(id, Tap.Action.DONE, null))),
				new Reply.Button(this.texts.label(caller.locale(), "rollcall.cancel"),
						encode(new Tap(id, Tap.Action.CANCEL, null)))));
		return rows;
	}

	private String encode(Tap tap) {
		return ButtonData.join(prefix(), tap.encode());
	}

	/**
	 * A roll call being taken: the class (and the subgroup, when it is a subgroup's
	 * lesson), the lesson (or the whole day), the students in register order, those
	 * marked absent now and those absent when it began; and the school it was made in.
	 */
	record Sheet(SchoolId school, ClassId classId, SubgroupId subgroupId, String className, LocalDate day,
			Integer lesson, List<StudentId> students, List<StudentId> absent, List<StudentId> before) {

		Sheet toggle(StudentId student) {
			List<StudentId> now = new ArrayList<>(this.absent);
			if (!now.remove(student)) {
				now.add(student);
			}
			List<StudentId> ordered = this.students.stream().filter(now::contains).toList();
			return new Sheet(this.school, this.classId, this.subgroupId, this.className, this.day, this.lesson,
					this.students, ordered, this.before);
		}

	}

	/**
	 * A tap on a roll call, and its codec: {@code <sheet>:<student>},
	 * {@code <sheet>:done} or {@code <sheet>:cancel}.
	 *
	 * @param sheet the roll call kept open
	 * @param action what the tap does
	 * @param student the student marked absent or present again, for a toggle
	 */
	record Tap(ChoiceId sheet, Action action, StudentId student) {

		static Tap toggle(ChoiceId sheet, StudentId student) {
			return new Tap(sheet, Action.TOGGLE, student);
		}

		String encode() {
			return this.sheet.value() + ":" + switch (this.action) {
				case TOGGLE -> String.valueOf(this.student.value());
				case DONE -> "done";
				case CANCEL -> "cancel";
			};
		}

		static Optional<Tap> decode(String data) {
			return ButtonData.split(data, 2).flatMap((parts) -> ButtonData.id(parts.get(0)).flatMap((id) -> {
				ChoiceId sheet = new ChoiceId(id);
				return switch (parts.get(1)) {
					case "done" -> Optional.of(new Tap(sheet, Action.DONE, null));
					case "cancel" -> Optional.of(new Tap(sheet, Action.CANCEL, null));
					default -> ButtonData.id(parts.get(1)).map((student) -> toggle(sheet, new StudentId(student)));
				};
			}));
		}

		/**
		 * What a tap does.
		 */
		enum Action {

			/** Marks a student absent, or present again. */
			TOGGLE,
			/** Saves the roll call. */
			DONE,
			/** Leaves without saving. */
			CANCEL

		}

	}

}
