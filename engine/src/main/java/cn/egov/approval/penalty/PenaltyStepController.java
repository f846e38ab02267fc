package cn.egov.approval.penalty;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.penalty.PenaltyRequests.Answer;
import cn.egov.approval.penalty.PenaltyRequests.Decision;
import cn.egov.approval.penalty.PenaltyRequests.Delivery;
import cn.egov.approval.penalty.PenaltyRequests.EnforcementAnswer;
import cn.egov.approval.penalty.PenaltyRequests.ExtensionRequest;
import cn.egov.approval.penalty.PenaltyRequests.FinePayment;
import cn.egov.approval.penalty.PenaltyRequests.HearingRecord;
import cn.egov.approval.penalty.PenaltyRequests.Review;
import cn.egov.approval.penalty.PenaltyRequests.StatementAnswer;

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
 * {@code POST /api/penalty/cases/{caseNo}/...}: one endpoint per step of the general and
 * simplified procedures; each answers 204, or 409 when the case is not at that step.
 */
@RestController
@RequestMapping("/api/penalty/cases/{caseNo}")
@PreAuthorize(PenaltyController.STAFF)
@ResponseStatus(HttpStatus.NO_CONTENT)
class PenaltyStepController {

	private final PenaltyTasks tasks;

	private final PenaltyExtensions extensions;

	private final PenaltyEnforcement enforcement;

	PenaltyStepController(PenaltyTasks tasks, PenaltyExtensions extensions, PenaltyEnforcement enforcement) {
		this.tasks = tasks;
		this.extensions = extensions;
		this.enforcement = enforcement;
	}

	@PostMapping("/opening")
	void opening(@PathVariable String caseNo, @RequestBody Answer answer, @AuthenticationPrincipal PlatformUser user) {
		this.tasks.answerOpening(caseNo, answer, user);
	}

	@PostMapping("/review")
	void review(@PathVariable String caseNo, @RequestBody Review review, @AuthenticationPrincipal PlatformUser user) {
		this.tasks.review(caseNo, review, user);
	}

	@PostMapping("/legal-review")
	void legalReview(@PathVariable String caseNo, @RequestBody Answer answer,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.legalReview(caseNo, answer, user);
	}

	@PostMapping("/statement")
	void statement(@PathVariable String caseNo, @RequestBody StatementAnswer answer,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.answerStatement(caseNo, answer, user);
	}

	@PostMapping("/hearing")
	void hearing(@PathVariable String caseNo, @RequestBody HearingRecord record,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.holdHearing(caseNo, record, user);
	}

	@PostMapping("/decision")
	void decide(@PathVariable String caseNo, @RequestBody Decision decision,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.decide(caseNo, decision, user);
	}

	@PostMapping("/delivery")
	void deliver(@PathVariable String caseNo, @RequestBody Delivery delivery,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.deliver(caseNo, delivery, user);
	}

	@PostMapping("/payment")
	void pay(@PathVariable String caseNo, @RequestBody FinePayment payment,
			@AuthenticationPrincipal PlatformUser user) {
		this.tasks.pay(caseNo, payment, user);
	}

	@PostMapping("/enforcement")
	void enforcement(@PathVariable String caseNo, @RequestBody EnforcementAnswer answer,
			@AuthenticationPrincipal PlatformUser user) {
		this.enforcement.answer(caseNo, answer, user);
	}

	@PostMapping("/filing")
	void file(@PathVariable String caseNo, @AuthenticationPrincipal PlatformUser user) {
		this.tasks.file(caseNo, user);
	}

	@PostMapping("/extension")
	void requestExtension(@PathVariable String caseNo, @RequestBody ExtensionRequest request,
			@AuthenticationPrincipal PlatformUser user) {
		this.extensions.request(caseNo, request, user);
	}

	@PostMapping("/extension/answer")
	void answerExtension(@PathVariable String caseNo, @RequestBody Answer answer,
			@AuthenticationPrincipal PlatformUser user) {
		this.extensions.answer(caseNo, answer, user);
	}

}
