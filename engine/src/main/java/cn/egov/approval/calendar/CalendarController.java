package cn.egov.approval.calendar;

import cn.egov.approval.accounts.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar questions any logged-in user may ask. Parameters arrive as text so that a bad
 * one gets a message naming it, not a generic type error.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final CalendarService calendar;

	CalendarController(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	@PreAuthorize(Roles.AUTHENTICATED)
	DayAnswer day(@PathVariable String date, @RequestParam(required = false) String region) {
		return this.calendar.day(CalendarInput.date("date", date), region);
	}

	@GetMapping("/deadline")
	@PreAuthorize(Roles.AUTHENTICATED)
	DeadlineAnswer deadline(@RequestParam(required = false) String from,
			@RequestParam(required = false) String workingDays, @RequestParam(required = false) String region) {
		return this.calendar.deadline(CalendarInput.date("from", from),
				CalendarInput.workingDays("workingDays", workingDays), region);
	}

}
