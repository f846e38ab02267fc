package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/supervision/warnings} and the warnings beside a case. */
@RestController
class WarningController {

	/**
	 * Supervisors, and those who read a region's supervision (auditors, administrators).
	 */
	static final String READERS = "hasAnyRole('DEPT_SUPERVISOR','BUREAU_SUPERVISOR','AUDITOR','ADMIN')";

	private final WarningQueries queries;

	WarningController(WarningQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/supervision/warnings")
	@PreAuthorize(READERS)
	List<Warning> list(@RequestParam(required = false) String department, @RequestParam(required = false) String level,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.list(user, department, level, status, from, to);
	}

	@GetMapping("/api/supervision/cases/{caseNo}/warnings")
	@PreAuthorize(Roles.STAFF)
	List<Warning> ofCase(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		return this.queries.ofCase(caseNo, user);
	}

}
