package cn.egov.approval.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.supervision.WarningScope;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which scores a user reads. The supervision bureau, auditors and administrators: any
 * region at or below their own (their own by default). A department supervisor: only
 * their department's row, in a region that contains it; another region is refused (403)
 * rather than answered with an empty list, so that a wrong link says what is wrong.
 */
@Component
class ScoreScope {

	private static final String FUNCTIONAL = "functional";

	private final OrganisationDirectory organisation;

	private final WarningScope warnings;

	ScoreScope(OrganisationDirectory organisation, WarningScope warnings) {
		this.organisation = organisation;
		this.warnings = warnings;
	}

	/** Whether the user reads a whole region rather than one department. */
	static boolean readsRegion(PlatformUser user) {
		return user.hasRole(Role.BUREAU_SUPERVISOR) || user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN);
	}

	static ScorePeriod period(String text) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("error.score.period-missing");
		}
		return ScorePeriod.parse(text).orElseThrow(() -> new BadRequestException("error.score.period", text));
	}

	/**
	 * The region asked for (the user's own when blank), checked against the user's scope.
	 */
	Region region(PlatformUser user, String code) {
		Region own = this.organisation.regionOfDepartment(user.getDepartmentCode())
			.orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "error.score.no-region"));
		if (code == null || code.isBlank()) {
			return own;
		}
		Region asked = this.organisation.regions()
			.stream()
			.filter((r) -> r.code().equals(code.strip()))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("error.score.region", code));
		boolean allowed = readsRegion(user) ? regionsUnder(own.code()).contains(asked.code())
				: regionsUnder(asked.code()).contains(own.code());
		if (!allowed) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.score.region-scope", asked.name());
		}
		return asked;
	}

	/**
	 * The functional departments of a region and the regions below it (all of them are
	 * ranked, whoever asks).
	 */
	List<Department> departments(Region region) {
		Set<String> regions = regionsUnder(region.code());
		return this.organisation.departments()
			.stream()
			.filter((d) -> FUNCTIONAL.equals(d.kind()) && regions.contains(d.regionCode()))
			.toList();
	}

	/** Whether the user sees a department's row of a region they may read. */
	static boolean sees(PlatformUser user, String departmentCode) {
		return readsRegion(user) || departmentCode.equals(user.getDepartmentCode());
	}

	/** A department whose staff figures the user may read (their own when blank). */
	Department department(PlatformUser user, String code) {
		String wanted = (code == null || code.isBlank()) ? user.getDepartmentCode() : code.strip();
		Department department = this.organisation.department(wanted)
			.orElseThrow(() -> new BadRequestException("error.score.department", wanted));
		if (!this.warnings.departments(user).contains(department.code())) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.score.department-scope", department.name());
		}
		return department;
	}

	/** A region and every region below it, from one read of the regions. */
	private Set<String> regionsUnder(String code) {
		List<Region> all = this.organisation.regions();
		Set<String> found = new HashSet<>(Set.of(code));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Region region : all) {
				if (region.parentCode() != null && found.contains(region.parentCode())) {
					grew |= found.add(region.code());
				}
			}
		}
		return found;
	}

}
