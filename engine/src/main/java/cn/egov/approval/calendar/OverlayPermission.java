package cn.egov.approval.calendar;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may change a region's extra days off. A local reform office sets the days off of
 * its own region and the regions below it, never those of a province or a neighbour,
 * whose timers it does not answer for; administrators set any region's.
 */
@Component
class OverlayPermission {

	private final OrganisationDirectory organisation;

	OverlayPermission(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	/** Throws a 403 naming both regions unless {@code user} may edit {@code region}. */
	void requireMayEdit(PlatformUser user, Region region) {
		if (user.hasRole(Role.ADMIN)) {
			return;
		}
		Region own = this.organisation.regionOfDepartment(user.getDepartmentCode())
			.orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "error.calendar.overlay-no-region", region.name(),
					region.code()));
		if (!this.organisation.isWithin(region.code(), own.code())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.calendar.overlay-outside-region", region.name(),
					region.code(), own.name(), own.code());
		}
	}

}
