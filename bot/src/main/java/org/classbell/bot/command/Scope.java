package org.classbell.bot.command;

import org.classbell.bot.conversation.Reply;
import java.util.function.BiFunction;
import java.util.Locale;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.classbell.bot.BotProperties;
import org.classbell.store.ClassId;
import org.classbell.store.Match;
import org.classbell.store.Names;
import org.classbell.store.roster.Classes;
import org.classbell.store.roster.SchoolClass;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.timetable.Teaching;
import org.classbell.store.timetable.Timetable;
import org.classbell.store.timetable.TimetableSlot;

import org.springframework.stereotype.Component;

/**
 * What a staff member may write to, and which class and subject they mean when they leave
 * them out: the class of the lesson they have now by the timetable, or the only one they
 * teach. A teacher writes attendance and notes for the classes they teach or lead, marks
 * and homework for the subjects they teach there; announcements and invite codes are for
 * class teachers (their class) and admins (any).
 */
@Component
class Scope {

	private final Classes classes;

	private final Timetable timetable;

	private final BotProperties properties;

	private final Texts texts;

	Scope(Classes classes, Timetable timetable, BotProperties properties, Texts texts) {
		this.classes = classes;
		this.timetable = timetable;
		this.properties = properties;
		this.texts = texts;
	}

	/**
	 * What a staff member may do where.
	 */
	enum Right {

		/** Attendance and behaviour notes: classes taught or led. */
		JOURNAL,
		/** Marks and homework: classes taught. */
		TEACHING,
		/** Announcements and invite codes: the class led, or any for an admin. */
		LEADING

	}

	/**
	 * The lesson the caller teaches now by the timetable, from a few minutes before it
	 * starts until a quarter of an hour after it ends.
	 */
	Optional<TimetableSlot> currentLesson(Caller caller) {
		StaffMember staff = caller.staff().orElseThrow();
		LocalTime now = caller.time();
		return this.timetable.ofTeacher(staff.id(), caller.today().getDayOfWeek().getValue())
			.stream()
			.filter((slot) -> !now.isBefore(slot.startsAt().minusMinutes(10))
					&& now.isBefore(slot.startsAt().plus(this.properties.lessonLength()).plusMinutes(15)))
			.reduce((earlier, later) -> later);
	}

	/**
	 * The classes the caller has the right in.
	 */
	Set<ClassId> classes(Caller caller, Right right) {
		StaffMember staff = caller.staff().orElseThrow();
		Set<ClassId> classes = new LinkedHashSet<>();
		if (right == Right.LEADING && staff.role() == Role.ADMIN) {
			this.classes.all(staff.school()).forEach((schoolClass) -> classes.add(schoolClass.id()));
			return classes;
		}
		if (right != Right.LEADING) {
			this.timetable.teachingOf(staff.id()).forEach((teaching) -> classes.add(teaching.classId()));
		}
		if (right != Right.TEACHING) {
			classes.addAll(this.timetable.ledBy(staff.id()));
		}
		return classes;
	}

	/**
	 * The class the caller named, or the one they mean: of their lesson now, or their
	 * only one.
	 */
	Outcome<SchoolClass> classOf(Caller caller, Optional<String> typed, Right right, String example) {
		Set<ClassId> allowed = classes(caller, right);
		if (typed.isPresent()) {
			Match<SchoolClass> match = this.classes.match(caller.school().orElseThrow().id(), typed.get());
			if (match instanceof Match.Found<SchoolClass> found) {
				return allowed.contains(found.value().id()) ? Outcome.ok(found.value())
						: Outcome
							.stop(this.texts.say(caller, "scope.not_yours." + right.name().toLowerCase(Locale.ROOT),
									Map.of("class", found.value().name())));
			}
			String key = (match instanceof Match.Ambiguous) ? "scope.class_ambiguous"
					: match.candidates().isEmpty() ? "scope.class_unknown" : "scope.class_unknown_near";
			return Outcome.stop(this.texts.say(caller, key, Map.of("class", typed.get(), "candidates",
					match.candidates().stream().map(SchoolClass::name).collect(Collectors.joining(", ")))));
		}
		Optional<TimetableSlot> now = currentLesson(caller).filter((slot) -> allowed.contains(slot.classId()));
		if (now.isPresent()) {
			return Outcome.ok(this.classes.get(now.get().classId()));
		}
		if (allowed.size() == 1) {
			return Outcome.ok(this.classes.get(allowed.iterator().next()));
		}
		if (allowed.isEmpty()) {
			return Outcome.stop(this.texts.say(caller, "scope.no_classes"));
		}
		return Outcome
			.stop(this.texts.say(caller, "scope.which_class", Map.of("example", example, "classes", names(allowed))));
	}

	/**
	 * Runs a class teacher's or admin's command to parents ({@code /announce},
	 * {@code /poll}) for the class it names first, or with {@code all} (admins only) for
	 * the whole school ({@code null} class), on the words after it; refuses with the
	 * command's {@code <command>.school_admins_only} or {@code <command>.usage}.
	 */
	List<Reply> classOrSchool(Caller caller, String command, String text,
			BiFunction<SchoolClass, String, List<Reply>> then) {
		Arguments arguments = Arguments.of(text);
		Optional<String> everyone = arguments.peek()
			.filter((word) -> List.of("all", "все", "всем").contains(word.toLowerCase(Locale.ROOT)));
		if (everyone.isPresent()) {
			arguments.drop(1);
			if (caller.staff().orElseThrow().role() != Role.ADMIN) {
				return List.of(this.texts.say(caller, command + ".school_admins_only"));
			}
			return then.apply(null, arguments.rest());
		}
		Optional<String> typedClass = arguments.takeClass();
		if (typedClass.isEmpty()) {
			return List.of(this.texts.say(caller, command + ".usage"));
		}
		return classOf(caller, typedClass, Right.LEADING, "/" + command + " 5А")
			.then((schoolClass) -> then.apply(schoolClass, arguments.rest()));
	}

	/**
	 * The classes to look for a student in: the class named, else the class of the lesson
	 * now, else every class the caller has the right in.
	 */
	Outcome<List<ClassId>> studentClasses(Caller caller, Optional<String> typed, Right right, String example) {
		if (typed.isPresent()) {
			Outcome<SchoolClass> named = classOf(caller, typed, right, example);
			return (named instanceof Outcome.Ok<SchoolClass> ok) ? Outcome.ok(List.of(ok.value().id()))
					: new Outcome.Stop<>(((Outcome.Stop<SchoolClass>) named).replies());
		}
		Set<ClassId> allowed = classes(caller, right);
		Optional<ClassId> now = currentLesson(caller).map(TimetableSlot::classId).filter(allowed::contains);
		if (now.isPresent()) {
			return Outcome.ok(List.of(now.get()));
		}
		return allowed.isEmpty() ? Outcome.stop(this.texts.say(caller, "scope.no_classes"))
				: Outcome.ok(List.copyOf(allowed));
	}

	/**
	 * The subject named next in the arguments (taking it), or the one of the lesson now
	 * in this class, or the only one the caller teaches there.
	 */
	Outcome<Teaching> subjectOf(Caller caller, SchoolClass schoolClass, Arguments arguments, String example) {
		StaffMember staff = caller.staff().orElseThrow();
		List<Teaching> taught = this.timetable.teachingOf(staff.id())
			.stream()
			.filter((teaching) -> teaching.classId().equals(schoolClass.id()))
			.toList();
		for (int words = 3; words >= 1; words--) {
			Optional<String> typed = arguments.peek(words);
			if (typed.isEmpty()) {
				continue;
			}
			String key = Names.key(typed.get());
			List<Teaching> fitting = taught.stream()
				.filter((teaching) -> Names.key(teaching.subject()).equals(key))
				.toList();
			if (fitting.isEmpty() && key.length() >= 3) {
				fitting = taught.stream().filter((teaching) -> Names.key(teaching.subject()).startsWith(key)).toList();
			}
			if (fitting.size() == 1) {
				arguments.drop(words);
				return Outcome.ok(fitting.get(0));
			}
		}
		Optional<TimetableSlot> now = currentLesson(caller).filter((slot) -> slot.classId().equals(schoolClass.id()));
		if (now.isPresent()) {
			return taught.stream()
				.filter((teaching) -> teaching.subjectId().equals(now.get().subjectId()))
				.findFirst()
				.<Outcome<Teaching>>map(Outcome::ok)
				.orElseGet(() -> Outcome.ok(new Teaching(schoolClass.id(), schoolClass.name(), now.get().subjectId(),
						now.get().subject())));
		}
		if (taught.size() == 1) {
			return Outcome.ok(taught.get(0));
		}
		if (taught.isEmpty()) {
			return Outcome
				.stop(this.texts.say(caller, "scope.not_yours.teaching", Map.of("class", schoolClass.name())));
		}
		return Outcome.stop(this.texts.say(caller, "scope.which_subject", Map.of("class", schoolClass.name(), "example",
				example, "subjects", taught.stream().map(Teaching::subject).collect(Collectors.joining(", ")))));
	}

	private String names(Set<ClassId> classes) {
		return classes.stream().map(this.classes::get).map(SchoolClass::name).collect(Collectors.joining(", "));
	}

}
