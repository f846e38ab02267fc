package cn.egov.approval.penalty;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.penalty.PenaltyRequests.PreservationAnswer;
import cn.egov.approval.penalty.PenaltyRequests.PreservationDecision;
import cn.egov.approval.penalty.PenaltyRequests.PreservationRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/penalty/cases/{caseNo}/preservations...}: evidence preserved first
 * (APL 56). The case detail lists the preservations.
 */
@RestController
@RequestMapping("/api/penalty/cases/{caseNo}/preservations")
@PreAuthorize(PenaltyController.STAFF)
class PreservationController {

	private final EvidencePreservations preservations;

	PreservationController(EvidencePreservations preservations) {
		this.preservations = preservations;
	}

	@PostMapping
	@PreAuthorize(PenaltyController.OFFICER)
	@ResponseStatus(HttpStatus.CREATED)
	EvidencePreservation request(@PathVariable String caseNo, @RequestBody PreservationRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		return this.preservations.request(caseNo, request, user);
	}

	@PostMapping("/{id}/approval")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void answer(@PathVariable String caseNo, @PathVariable String id, @RequestBody PreservationAnswer answer,
			@AuthenticationPrincipal PlatformUser user) {
		this.preservations.answer(caseNo, id, answer, user);
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize(PenaltyController.OFFICER)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable String caseNo, @PathVariable String id, @RequestBody PreservationDecision decision,
			@AuthenticationPrincipal PlatformUser user) {
		this.preservations.decide(caseNo, id, decision, user);
	}

}
