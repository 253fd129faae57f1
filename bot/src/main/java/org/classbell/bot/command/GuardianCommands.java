package org.classbell.bot.command;

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
import org.classbell.store.roster.Guardians;
import org.classbell.store.roster.StudentCard;

import org.springframework.stereotype.Component;

/**
 * {@code /children} and {@code /report [day|week|month|term|dd.mm-dd.mm]}: what a
 * guardian may see, which is only about their own children. The named periods are those
 * of the periodic reports: the week from Monday, the month from the 1st, the school's
 * term from its first day.
 */
@Component
class GuardianCommands implements Command {

	private final Guardians guardians;

	private final ProgressReports reports;

	private final SchoolCalendar calendar;

	private final Texts texts;

	GuardianCommands(Guardians guardians, ProgressReports reports, SchoolCalendar calendar, Texts texts) {
		this.guardians = guardians;
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
		Guardian guardian = caller.guardian().orElseThrow();
		if ("children".equals(name)) {
			List<StudentCard> children = this.guardians.children(guardian.id());
			if (children.isEmpty()) {
				return List.of(this.texts.say(caller, "children.none"));
			}
			List<String> lines = new ArrayList<>();
			lines.add(this.texts.html(caller.locale(), "children.title"));
			children.forEach((child) -> lines.add(this.texts.html(caller.locale(), "children.line",
					Map.of("name", child.fullName(), "class", child.className(), "number", child.listNo()))));
			return List.of(new Reply.Send(String.join("\n", lines), List.of()));
		}
		Optional<ReportKind> kind = ReportKind.named(arguments);
		Optional<Period> period = kind.isPresent()
				? this.calendar.periodTo(caller.school().orElseThrow().id(), kind.get(), caller.today())
				: Period.parse(arguments, caller.today());
		if (period.isEmpty()) {
			return List.of(this.texts.say(caller, (kind.isPresent()) ? "report.no_term" : "report.usage"));
		}
		List<String> reports = this.reports.forGuardian(guardian.id(), period.get(), caller.today(), caller.locale());
		if (reports.isEmpty()) {
			return List.of(this.texts.say(caller, "children.none"));
		}
		return reports.stream().<Reply>map((report) -> new Reply.Send(report, List.of())).toList();
	}

}
