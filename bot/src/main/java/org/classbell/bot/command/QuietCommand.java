package org.classbell.bot.command;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.classbell.bot.conversation.Reply;
import org.classbell.store.Actor;
import org.classbell.store.audit.AuditTrail;
import org.classbell.store.staff.StaffMember;
import org.classbell.store.staff.StaffQuietHours;

import org.springframework.stereotype.Component;

/**
 * {@code /quiet}: a teacher's own quiet hours, in which parents' messages to them wait
 * until the hours end: {@code /quiet} shows them, {@code /quiet 21:00-07:00} sets them,
 * {@code /quiet off} turns them off, {@code /quiet school} goes back to the school's.
 */
@Component
class QuietCommand implements Command {

	private static final Pattern HOURS = Pattern
		.compile("([01]?[0-9]|2[0-3])(?:[:.]([0-5][0-9]))?\\s*[-–—]\\s*([01]?[0-9]|2[0-3])(?:[:.]([0-5][0-9]))?");

	private static final List<String> OFF = List.of("off", "нет", "выкл", "none");

	private static final List<String> SCHOOL = List.of("school", "школа", "default");

	private final StaffQuietHours quietHours;

	private final AuditTrail audit;

	private final Texts texts;

	QuietCommand(StaffQuietHours quietHours, AuditTrail audit, Texts texts) {
		this.quietHours = quietHours;
		this.audit = audit;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("quiet");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public SchoolBy schoolBy() {
		return SchoolBy.EVERY;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		StaffMember staff = caller.staff().orElseThrow();
		String typed = arguments.strip().toLowerCase(Locale.ROOT);
		if (!typed.isEmpty()) {
			Matcher hours = HOURS.matcher(typed);
			LocalTime from;
			LocalTime to;
			if (OFF.contains(typed)) {
				from = LocalTime.MIDNIGHT;
				to = LocalTime.MIDNIGHT;
			}
			else if (SCHOOL.contains(typed)) {
				from = null;
				to = null;
			}
			else if (hours.matches()) {
				from = time(hours.group(1), hours.group(2));
				to = time(hours.group(3), hours.group(4));
			}
			else {
				return List.of(this.texts.say(caller, "quiet.usage"));
			}
			for (StaffMember each : caller.memberships().staff()) {
				this.audit.actAs(Actor.staff(each.id()));
				this.quietHours.set(each.id(), from, to, caller.now());
			}
		}
		StaffQuietHours.Quiet quiet = this.quietHours.of(staff.id());
		if (quiet.none()) {
			return List.of(this.texts.say(caller, "quiet.none"));
		}
		return List.of(this.texts.say(caller, "quiet.shown", Map.of("own", quiet.own() ? "yes" : "no", "from",
				quiet.from().toString(), "to", quiet.to().toString())));
	}

	private static LocalTime time(String hour, String minute) {
		return LocalTime.of(Integer.parseInt(hour), (minute != null) ? Integer.parseInt(minute) : 0);
	}

}
