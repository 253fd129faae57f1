package org.classbell.app.console.today;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /console/today}: the school's day at a glance.
 */
@Controller
class TodayController {

	@GetMapping("/console/today")
	String today() {
		return "today";
	}

}
