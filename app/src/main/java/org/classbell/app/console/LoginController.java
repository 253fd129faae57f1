package org.classbell.app.console;

import java.time.Duration;
import org.classbell.store.invite.WrongCodes;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.classbell.app.school.DefaultSchool;
import org.classbell.app.security.AdminToken;
import org.classbell.bot.telegram.BotIdentity;
import org.classbell.store.console.ConsoleLogin;
import org.classbell.store.console.ConsoleLogins;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging in to the console, without passwords: a staff member opens the one-time link
 * that {@code /console} in the bot gave them and confirms with a button (a link preview
 * or a mail scanner that only fetches the link does not use it up); the operator types
 * the admin token into a form (never into a URL).
 */
@Controller
@RequestMapping("/console/login")
class LoginController {

	private static final Logger log = LoggerFactory.getLogger(LoginController.class);

	/**
	 * Wrong admin tokens the form takes, from everyone together, before it refuses every
	 * token for a while: the operator can still use the admin API meanwhile.
	 */
	static final WrongCodes.Limit WRONG_TOKENS = new WrongCodes.Limit(10, Duration.ofMinutes(10));

	private final ConsoleLogins logins;

	private final ConsoleSessions sessions;

	private final Viewers viewers;

	private final AdminToken adminToken;

	private final DefaultSchool school;

	private final ObjectProvider<BotIdentity> bot;

	private final Clock clock;

	private final WrongCodes wrongTokens;

	LoginController(ConsoleLogins logins, ConsoleSessions sessions, Viewers viewers, AdminToken adminToken,
			DefaultSchool school, ObjectProvider<BotIdentity> bot, Clock clock, WrongCodes wrongTokens) {
		this.wrongTokens = wrongTokens;
		this.logins = logins;
		this.sessions = sessions;
		this.viewers = viewers;
		this.adminToken = adminToken;
		this.school = school;
		this.bot = bot;
		this.clock = clock;
	}

	@GetMapping
	String page(HttpServletRequest request, Model model) {
		if (this.viewers.of(request, SecurityContextHolder.getContext().getAuthentication()).isPresent()) {
			return "redirect:/console";
		}
		return login(model, null);
	}

	@PostMapping("/token")
	String token(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.wrongTokens.blocked(WrongCodes.CONSOLE_ADMIN_TOKEN, WRONG_TOKENS)) {
			log.warn("Refused a console login with the admin token: too many wrong tokens in the last minutes");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return login(model, "login.error.too_many");
		}
		if (!this.adminToken.matches(token.strip())) {
			this.wrongTokens.count(WrongCodes.CONSOLE_ADMIN_TOKEN, WRONG_TOKENS);
			log.warn("Refused a console login: wrong admin token");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return login(model, "login.error.token");
		}
		this.sessions.logIn(ConsolePrincipal.operator(this.school.get().id().value()), request, response);
		log.info("The operator logged in to the console with the admin token");
		return "redirect:/console";
	}

	@GetMapping("/link")
	String link(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		Optional<Viewer> whom = this.logins.peek(token, this.clock.instant()).flatMap(this::viewer);
		if (whom.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return login(model, "login.error.link");
		}
		model.addAttribute("token", token);
		model.addAttribute("whom", whom.get());
		return "login-link";
	}

	@PostMapping("/link")
	String useLink(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<ConsoleLogin> login = this.logins.use(token, this.clock.instant());
		if (login.isEmpty() || viewer(login.get()).isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return login(model, "login.error.link");
		}
		ConsolePrincipal principal = new ConsolePrincipal(login.get().school().value(), login.get().staff().value());
		this.sessions.logIn(principal, request, response);
		log.info("{} logged in to the console with a one-time link", principal);
		return "redirect:/console";
	}

	private Optional<Viewer> viewer(ConsoleLogin login) {
		return this.viewers.load(new ConsolePrincipal(login.school().value(), login.staff().value()));
	}

	private String login(Model model, String error) {
		model.addAttribute("error", error);
		model.addAttribute("bot",
				this.bot.stream().flatMap((identity) -> identity.username().stream()).findFirst().orElse(null));
		return "login";
	}

}
