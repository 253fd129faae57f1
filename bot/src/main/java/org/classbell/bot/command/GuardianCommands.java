package org.classbell.bot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.reports.Period;
import org.classbell.notifier.reports.ProgressReports;
import org.classbell.notifier.reports.ReportKind;
import org.classbell.notifier.reports.SchoolCalendar;
import org.classbell.store.roster.Guardian;

import org.springframework.stereotype.Component;

/**
 * {@code /children} and {@code /report [day|week|month|term|dd.mm-dd.mm]}: what a
 * guardian may see, which is only about their own children. The named periods are those
 * of the periodic reports: the week from Monday, the month from the 1st, the school's
 * term from its first day. A parent linked in several schools sees the children of each,
 * each school's period in its own calendar.
 */
@Component
class GuardianCommands implements Command {

	private final OwnChildren children;

	private final ProgressReports reports;

	private final SchoolCalendar calendar;

	private final Texts texts;

	GuardianCommands(OwnChildren children, ProgressReports reports, SchoolCalendar calendar, Texts texts) {
		this.children = children;
		this.reports = reports;
		this.calendar = calendar;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("children", "report");
	}

	@Override
	public Audience audience() {
		return Audience.GUARDIAN;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		if ("children".equals(name)) {
			return children(caller);
		}
		Optional<ReportKind> kind = ReportKind.named(arguments);
		List<Reply> replies = new ArrayList<>();
		boolean noTerm = false;
		for (Guardian guardian : caller.memberships().consentedGuardians()) {
			LocalDate today = caller.in(caller.memberships().school(guardian.school()).orElseThrow()).today();
			Optional<Period> period = kind.isPresent() ? this.calendar.periodTo(guardian.school(), kind.get(), today)
					: Period.parse(arguments, today);
			if (period.isEmpty() && kind.isEmpty()) {
				return List.of(this.texts.say(caller, "report.usage"));
			}
			noTerm |= period.isEmpty();
			period.ifPresent((days) -> this.reports.forGuardian(guardian.id(), days, today, caller.locale())
				.forEach((report) -> replies.add(new Reply.Send(report, List.of()))));
		}
		if (replies.isEmpty()) {
			return List.of(this.texts.say(caller, noTerm ? "report.no_term" : "children.none"));
		}
		return replies;
	}

	/**
	 * The children in every school the guardian is linked in, naming the school where
	 * they are in several.
	 */
	private List<Reply> children(Caller caller) {
		List<OwnChildren.Child> children = this.children.of(caller);
		if (children.isEmpty()) {
			return List.of(this.texts.say(caller, "children.none"));
		}
		boolean schools = OwnChildren.inSeveralSchools(children);
		List<String> lines = new ArrayList<>();
		lines.add(this.texts.html(caller.locale(), "children.title"));
		children.forEach((child) -> lines.add(this.texts.html(caller.locale(),
				schools ? "children.line_school" : "children.line", Map.of("name", child.card().fullName(), "class",
						child.card().className(), "number", child.card().listNo(), "school", child.school().name()))));
		return List.of(new Reply.Send(String.join("\n", lines), List.of()));
	}

}
