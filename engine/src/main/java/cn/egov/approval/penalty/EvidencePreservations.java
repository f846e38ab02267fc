package cn.egov.approval.penalty;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.penalty.PenaltyRequests.PreservationAnswer;
import cn.egov.approval.penalty.PenaltyRequests.PreservationDecision;
import cn.egov.approval.penalty.PenaltyRequests.PreservationRequest;
import cn.egov.approval.web.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence registered and preserved first (先行登记保存, APL 56): an officer on a case under
 * investigation asks, the agency's head approves or refuses, and an officer decides on
 * the evidence within 7 working days. Each preservation runs its own
 * {@code penalty-evidence-preservation} instance, beside the case's process, so that
 * preserving evidence does not move the case itself.
 */
@Service
@Transactional
public class EvidencePreservations {

	static final String PROCESS = "penalty-evidence-preservation";

	private final PenaltyAccess access;

	private final PreservationMapper mapper;

	private final PenaltyOfficers officers;

	private final PenaltyTimeline timeline;

	private final RuntimeService runtime;

	private final PenaltyTaskRunner tasks;

	EvidencePreservations(PenaltyAccess access, PreservationMapper mapper, PenaltyOfficers officers,
			PenaltyTimeline timeline, RuntimeService runtime, PenaltyTaskRunner tasks) {
		this.access = access;
		this.mapper = mapper;
		this.officers = officers;
		this.timeline = timeline;
		this.runtime = runtime;
		this.tasks = tasks;
	}

	public EvidencePreservation request(String caseNo, PreservationRequest request, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		onTheCase(file, user);
		// Preserving is a means of investigation: before opening and after the proposal
		// there is nothing to investigate.
		if (file.openedAt() == null || !"INVESTIGATION".equals(file.stage())) {
			throw PenaltyRules.conflict("error.penalty.preservation.not-investigating", caseNo);
		}
		if (request == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "body");
		}
		EvidencePreservation preservation = new EvidencePreservation(UUID.randomUUID().toString(), caseNo,
				PenaltyRules.text(request.items(), "items", 4000), PenaltyRules.text(request.reason(), "reason", 1000),
				user.getUsername(), this.timeline.now(), null, null, null, EvidencePreservation.REQUESTED, null, null,
				null, null, null, false, null);
		this.mapper.insert(preservation);
		this.timeline.record(caseNo, "PRESERVATION_REQUESTED", user.getUsername(), preservation.reason());
		String instance = this.runtime.startProcessInstanceByKey(PROCESS, caseNo,
				Map.of("caseNo", caseNo, "departmentCode", file.departmentCode(), "regionCode", file.regionCode(),
						"preservationId", preservation.id(), "actor", user.getUsername()))
			.getId();
		this.mapper.setProcessInstance(preservation.id(), instance);
		return find(caseNo, preservation.id());
	}

	public void answer(String caseNo, String id, PreservationAnswer answer, PlatformUser user) {
		this.access.actingAs(caseNo, user, Role.LEADER);
		EvidencePreservation preservation = find(caseNo, id);
		Task task = open(preservation, "ApprovePreservation");
		if (answer == null || answer.approved() == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "approved");
		}
		// A refusal must say why; an approval may stand alone.
		String opinion = (!answer.approved() || (answer.opinion() != null && !answer.opinion().isBlank()))
				? PenaltyRules.text(answer.opinion(), "opinion", 1000) : null;
		Map<String, Object> variables = new HashMap<>();
		variables.put("preservationApproved", answer.approved());
		variables.put("opinion", opinion);
		this.tasks.complete(task, user, variables);
	}

	public void decide(String caseNo, String id, PreservationDecision decision, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		onTheCase(file, user);
		EvidencePreservation preservation = find(caseNo, id);
		Task task = open(preservation, "DecideOnPreservation");
		if (decision == null || !EvidencePreservation.DECISIONS.contains(String.valueOf(decision.decision()))) {
			throw PenaltyRules.invalid("error.penalty.preservation.decision", EvidencePreservation.DECISIONS);
		}
		this.tasks.complete(task, user, Map.of("preservationDecision", decision.decision(), "decisionNote",
				PenaltyRules.text(decision.note(), "note", 2000)));
	}

	/** Only the certified officers on the case preserve and decide on its evidence. */
	private void onTheCase(PenaltyCase file, PlatformUser user) {
		boolean onCase = this.officers.certifiedOn(file.caseNo())
			.stream()
			.anyMatch((officer) -> officer.username().equals(user.getUsername()));
		if (!onCase) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.penalty.preservation.not-on-case", user.getUsername(),
					file.caseNo());
		}
	}

	private EvidencePreservation find(String caseNo, String id) {
		return this.mapper.find(caseNo, id)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.penalty.preservation.unknown", id));
	}

	/** The step's open task, or 409 when the preservation is not at that step. */
	private Task open(EvidencePreservation preservation, String taskKey) {
		Task task = this.tasks.find(preservation.processInstanceId(), taskKey);
		if (task == null) {
			throw PenaltyRules.conflict("error.penalty.preservation.wrong-status", preservation.id(),
					preservation.status());
		}
		return task;
	}

}
