package cn.egov.approval.penalty;

import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.penalty.PenaltyRequests.Answer;
import cn.egov.approval.penalty.PenaltyRequests.ExtensionRequest;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extending the decision limit ([P] +30 days, domain.md §3): the officer asks, the leader
 * approves or refuses; the clock moves only on approval.
 */
@Service
@Transactional
public class PenaltyExtensions {

	static final String MESSAGE = "PenaltyExtensionRequested";

	private final PenaltyAccess access;

	private final PenaltyTaskRunner tasks;

	private final PenaltyTimeline timeline;

	private final RuntimeService runtime;

	PenaltyExtensions(PenaltyAccess access, PenaltyTaskRunner tasks, PenaltyTimeline timeline, RuntimeService runtime) {
		this.access = access;
		this.tasks = tasks;
		this.timeline = timeline;
		this.runtime = runtime;
	}

	public void request(String caseNo, ExtensionRequest request, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		String reason = PenaltyRules.text((request != null) ? request.reason() : null, "reason", 1000);
		if (file.openedAt() == null || file.decidedAt() != null || file.extensionDays() > 0
				|| this.tasks.isOpen(file, "ApproveExtension")) {
			throw PenaltyRules.conflict("error.penalty.extension.not-possible");
		}
		this.timeline.record(caseNo, "EXTENSION_REQUESTED", user.getUsername(), reason);
		this.runtime.createMessageCorrelation(MESSAGE)
			.processInstanceId(file.processInstanceId())
			.setVariable("extensionReason", reason)
			.correlate();
	}

	public void answer(String caseNo, Answer answer, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.LEADER);
		if (answer == null || answer.approve() == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "approve");
		}
		this.tasks.complete(file, "ApproveExtension", user, Map.of("extensionApproved", answer.approve()));
	}

}
