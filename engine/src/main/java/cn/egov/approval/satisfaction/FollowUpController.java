package cn.egov.approval.satisfaction;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/satisfaction/follow-ups}: bad ratings and their call-back and fix. */
@RestController
@RequestMapping("/api/satisfaction/follow-ups")
class FollowUpController {

	static final String SUPERVISORS = "hasAnyRole('DEPT_SUPERVISOR','BUREAU_SUPERVISOR','AUDITOR','ADMIN')";

	private final FollowUps followUps;

	FollowUpController(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping
	@PreAuthorize(SUPERVISORS)
	List<RatingView> list(@RequestParam(required = false) String status, @AuthenticationPrincipal PlatformUser user) {
		return this.followUps.list(user, status);
	}

	@PostMapping("/{caseNo}/complete")
	@PreAuthorize("hasRole('DEPT_SUPERVISOR')")
	RatingView complete(@PathVariable String caseNo, @RequestBody FollowUpRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.followUps.complete(caseNo, request.callbackNote(), request.fixNote(), user);
	}

	/**
	 * @param callbackNote what the applicant said when called back
	 * @param fixNote what the department changed
	 */
	record FollowUpRequest(String callbackNote, String fixNote) {
	}

}
