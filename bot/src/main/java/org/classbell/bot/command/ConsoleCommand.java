package org.classbell.bot.command;

import java.util.List;
import java.util.Map;

import org.classbell.bot.conversation.Reply;
import org.classbell.notifier.NodeProperties;
import org.classbell.store.console.ConsoleLogins;
import org.classbell.store.staff.Role;
import org.classbell.store.staff.StaffMember;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code /console}: a one-time link into the web console, for school administrators and
 * class teachers. The link is made on {@code CLASSBELL_PUBLIC_URL}, or on this node's own
 * address when that is not set (which a phone reaches only on the school's network).
 */
@Component
class ConsoleCommand implements Command {

	/** The console's page that a link opens, with the token as its parameter. */
	static final String LOGIN_PATH = "/console/login/link?token=";

	private final Scope scope;

	private final ConsoleLogins logins;

	private final NodeProperties node;

	private final Environment environment;

	private final Texts texts;

	ConsoleCommand(Scope scope, ConsoleLogins logins, NodeProperties node, Environment environment, Texts texts) {
		this.scope = scope;
		this.logins = logins;
		this.node = node;
		this.environment = environment;
		this.texts = texts;
	}

	@Override
	public List<String> names() {
		return List.of("console");
	}

	@Override
	public Audience audience() {
		return Audience.STAFF;
	}

	@Override
	public List<Reply> run(Caller caller, String name, String arguments) {
		StaffMember staff = caller.staff().orElseThrow();
		if (staff.role() != Role.ADMIN && this.scope.classes(caller, Scope.Right.LEADING).isEmpty()) {
			return List.of(this.texts.say(caller, "console.refused"));
		}
		String token = this.logins.issue(staff.school(), staff.id(), caller.now());
		return List.of(this.texts.say(caller, "console.link", Map.of("link", base() + LOGIN_PATH + token)));
	}

	private String base() {
		if (this.node.publicUrl() != null) {
			return this.node.publicUrl().toString().replaceFirst("/+$", "");
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

}
