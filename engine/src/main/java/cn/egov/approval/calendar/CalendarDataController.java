package cn.egov.approval.calendar;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Roles;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar data: year schedules and regional overlays. Everyone logged in reads it;
 * the reform office and administrators load and edit it (a reform office only the
 * overlays of its own region and the regions below).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarDataController {

	private final CalendarAdministration administration;

	CalendarDataController(CalendarAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/years")
	@PreAuthorize(Roles.AUTHENTICATED)
	List<YearSummary> years() {
		return this.administration.years();
	}

	@GetMapping("/years/{year}")
	@PreAuthorize(Roles.AUTHENTICATED)
	YearDetail year(@PathVariable int year) {
		return this.administration.year(year);
	}

	@PutMapping("/years/{year}")
	@PreAuthorize(Roles.REFORM_OFFICE_OR_ADMIN)
	YearDetail saveYear(@PathVariable int year, @RequestBody JsonNode body,
			@AuthenticationPrincipal PlatformUser user) {
		return this.administration.saveYear(year, body, user.getUsername());
	}

	@GetMapping("/regions/{regionCode}/overlays")
	@PreAuthorize(Roles.AUTHENTICATED)
	RegionOverlays overlays(@PathVariable String regionCode) {
		return this.administration.overlays(regionCode);
	}

	@PutMapping("/regions/{regionCode}/overlays")
	@PreAuthorize(Roles.REFORM_OFFICE_OR_ADMIN)
	RegionOverlays saveOverlays(@PathVariable String regionCode, @RequestBody JsonNode body,
			@AuthenticationPrincipal PlatformUser user) {
		return this.administration.saveOverlays(regionCode, body, user);
	}

}
