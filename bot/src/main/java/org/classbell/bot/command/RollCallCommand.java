package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.classbell.bot.BotProperties;
import org.classbell.bot.update.Reply;
import org.classbell.notifier.alerts.AttendanceAlerts;
import org.classbell.store.journal.Journal;
import org.classbell.store.journal.Lessons;
import org.classbell.store.journal.Written;
import org.classbell.store.roster.ClassId;
import org.classbell.store.roster.StudentCard;
import org.classbell.store.roster.StudentId;
import org.classbell.store.roster.Students;
import org.classbell.store.telegram.PendingChoices;
import org.classbell.store.timetable.TimetableSlot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /rollcall [<class>] [@<lesson>]}: the class of the lesson now as buttons, one
 * per student; a tap marks a student absent or present again, "Done" saves the roll call
 * and tells the guardians.
 */
@Component
class RollCallCommand implements Command, Buttons {

	private final Scope scope;

	private final Students students;

	private final PendingChoices pending;

	private final Journal journal;

	private final AttendanceAlerts alerts;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final BotProperties properties;

	private final Texts texts;

	RollCallCommand(Scope scope, Students students, PendingChoices pending, Journal journal, AttendanceAlerts alerts,
			JdbcClient jdbc, JsonMapper json, BotProperties properties, Texts texts) {
		this.scope = scope;
		this.students = students;
		this.pending = pending;
		this.journal = journal;
		this.alerts = alerts;
		this.jdbc = jdbc;
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
			Long subgroup = now
				.filter((slot) -> slot.subgroupId() != null && Integer.valueOf(slot.lessonNo()).equals(lesson))
				.map(TimetableSlot::subgroupId)
				.orElse(null);
			List<StudentCard> group = (subgroup != null) ? this.students.ofSubgroup(subgroup) : List.of();
			List<StudentCard> roll = group.isEmpty() ? this.students.ofClass(schoolClass.id()) : group;
			if (roll.isEmpty()) {
				return List.of(this.texts.say(caller, "rollcall.empty", Map.of("class", schoolClass.name())));
			}
			List<Long> ids = roll.stream().map((student) -> student.id().value()).toList();
			List<Long> absent = this.jdbc.sql("""
					select student_id from attendance
					where student_id in (:students) and day = :day and coalesce(lesson_no, -1) = coalesce(:lesson, -1)
					  and status = 'absent'
					""")
				.param("students", ids)
				.param("day", caller.today())
				.param("lesson", lesson, java.sql.Types.SMALLINT)
				.query(Long.class)
				.list();
			Sheet sheet = new Sheet(schoolClass.id().value(), group.isEmpty() ? null : subgroup, schoolClass.name(),
					caller.today(), lesson, ids, absent, absent);
			long id = this.pending.save(caller.userId(), "rollcall", this.json.writeValueAsString(sheet), caller.now(),
					caller.now().plus(this.properties.choiceLifetime()));
			return List.of(new Reply.Send(caller.chatId(), title(caller, sheet), buttons(caller, id, sheet, roll)));
		});
	}

	@Override
	public List<Reply> press(Caller caller, String data) {
		String[] parts = data.split(":");
		Optional<PendingChoices.Pending> found = this.pending.take(Long.parseLong(parts[0]), caller.userId(),
				caller.now());
		if (found.isEmpty() || caller.staff().isEmpty()) {
			return List.of(this.texts.expired(caller));
		}
		long id = found.get().id();
		Sheet sheet = this.json.readValue(found.get().payload(), Sheet.class);
		int message = caller.incoming().messageId();
		switch (parts[1]) {
			case "cancel" -> {
				this.pending.delete(id);
				return List.of(new Reply.Edit(caller.chatId(), message,
						this.texts.html(caller.locale(), "rollcall.cancelled"), List.of()));
			}
			case "done" -> {
				this.pending.delete(id);
				return List.of(save(caller, sheet, message));
			}
			default -> {
				long student = Long.parseLong(parts[1]);
				if (!sheet.students().contains(student)) {
					return List.of(this.texts.expired(caller));
				}
				Sheet toggled = sheet.toggle(student);
				this.pending.update(id, this.json.writeValueAsString(toggled));
				List<StudentCard> roll = toggled.students()
					.stream()
					.map((each) -> this.students.find(new StudentId(each)).orElseThrow())
					.toList();
				return List.of(new Reply.Edit(caller.chatId(), message, title(caller, toggled),
						buttons(caller, id, toggled, roll)));
			}
		}
	}

	private Reply save(Caller caller, Sheet sheet, int message) {
		Set<Long> absent = new LinkedHashSet<>(sheet.absent());
		List<StudentId> marked = sheet.absent().stream().map(StudentId::new).toList();
		List<StudentId> present = sheet.before()
			.stream()
			.filter((student) -> !absent.contains(student))
			.map(StudentId::new)
			.toList();
		Written written = this.journal.rollCall(caller.staff().orElseThrow(), new ClassId(sheet.classId()),
				sheet.subgroupId(), marked, present, sheet.day(), sheet.lesson(), caller.now());
		written.students().forEach((student) -> this.alerts.refresh(student, sheet.day(), caller.now()));
		List<StudentCard> missing = marked.stream()
			.map((student) -> this.students.find(student).orElseThrow())
			.toList();
		String key = missing.isEmpty() ? "rollcall.saved_all_present" : "rollcall.saved";
		return new Reply.Edit(caller.chatId(), message,
				this.texts.html(caller.locale(), key, Map.of("class", sheet.className(), "lesson",
						lessonName(caller, sheet), "students", Words.students(missing), "count", missing.size())),
				List.of());
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

	private List<List<Reply.Button>> buttons(Caller caller, long id, Sheet sheet, List<StudentCard> roll) {
		List<List<Reply.Button>> rows = new ArrayList<>();
		List<Reply.Button> row = new ArrayList<>();
		for (StudentCard student : roll) {
			boolean absent = sheet.absent().contains(student.id().value());
			row.add(new Reply.Button(
					this.texts.label(caller.locale(), absent ? "rollcall.absent" : "rollcall.present",
							Map.of("number", student.listNo(), "name",
									student.lastName() + " " + student.firstName().charAt(0) + ".")),
					"rc:" + id + ":" + student.id().value()));
			if (row.size() == 2) {
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		rows.add(List.of(new Reply.Button(this.texts.label(caller.locale(), "rollcall.done"), "rc:" + id + ":done"),
				new Reply.Button(this.texts.label(caller.locale(), "rollcall.cancel"), "rc:" + id + ":cancel")));
		return rows;
	}

	/**
	 * A roll call being taken: the class (and the subgroup, when it is a subgroup's
	 * lesson), the lesson (or the whole day), the students in register order, those
	 * marked absent now and those absent when it began.
	 */
	record Sheet(long classId, Long subgroupId, String className, LocalDate day, Integer lesson, List<Long> students,
			List<Long> absent, List<Long> before) {

		Sheet toggle(long student) {
			List<Long> now = new ArrayList<>(this.absent);
			if (!now.remove(student)) {
				now.add(student);
			}
			List<Long> ordered = this.students.stream().filter(now::contains).toList();
			return new Sheet(this.classId, this.subgroupId, this.className, this.day, this.lesson, this.students,
					ordered, this.before);
		}

	}

}
