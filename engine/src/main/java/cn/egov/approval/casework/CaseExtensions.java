package cn.egov.approval.casework;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.web.ApiException;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions of the decision limit (ALL 42): +10 working days (joint: +15), once, only
 * with the leader's approval. A leader's own request is approved at once; anyone else's
 * becomes an approval task for the department's leader.
 */
@Service
@Transactional
public class CaseExtensions {

	static final String REQUESTED_MESSAGE = "ExtensionRequested";

	private final CaseMapper mapper;

	private final CaseFiles files;

	private final CaseAccess access;

	private final CaseTimeline timeline;

	private final LicensingSteps steps;

	private final RuntimeService runtime;

	private final CaseworkProperties properties;

	private final CaseClock clock;

	CaseExtensions(CaseMapper mapper, CaseFiles files, CaseAccess access, CaseTimeline timeline, LicensingSteps steps,
			RuntimeService runtime, CaseworkProperties properties, CaseClock clock) {
		this.clock = clock;
		this.mapper = mapper;
		this.files = files;
		this.access = access;
		this.timeline = timeline;
		this.steps = steps;
		this.runtime = runtime;
		this.properties = properties;
	}

	public CaseDetail.Extension request(String caseNo, ExtensionRequest request, PlatformUser user) {
		CaseFile file = this.files.lockReadable(caseNo, user);
		if (!this.access.isLeadStaff(user, file, Role.HANDLER, Role.SECTION_HEAD, Role.DEPUTY_LEADER, Role.LEADER)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.extension.not-allowed");
		}
		if (!file.caseStatus().isHandling()) {
			throw new ApiException(HttpStatus.CONFLICT, "error.extension.not-handling");
		}
		if (file.extensionStatus() != null && !"REFUSED".equals(file.extensionStatus())) {
			throw new ApiException(HttpStatus.CONFLICT, "error.extension.once");
		}
		this.clock.requireStatutoryLimitRunning(file, "error.extension.statutory-lapsed");
		if (request == null || request.reason() == null || request.reason().isBlank()
				|| request.reason().length() > 1000) {
			throw CaseValidationException.of("reason", "error.extension.reason");
		}
		int days = file.joint() ? this.properties.jointExtensionWorkingDays() : this.properties.extensionWorkingDays();
		this.mapper.setExtension(caseNo, days, request.reason().strip(), "PENDING", null, null);
		this.timeline.record(caseNo, EventKind.EXTENSION_REQUESTED, user.getUsername(), null, null,
				request.reason().strip(), "申请延长 " + days + " 个工作日", false);
		if (user.hasRole(Role.LEADER)) {
			this.steps.extend(this.mapper.find(caseNo).orElseThrow(), user.getUsername());
		}
		else {
			this.runtime.createMessageCorrelation(REQUESTED_MESSAGE)
				.processInstanceId(file.processInstanceId())
				.setVariable(ProcessVariables.ACTOR, user.getUsername())
				.correlate();
		}
		return CaseDetail.Extension.of(this.mapper.find(caseNo).orElseThrow());
	}

	/**
	 * @param reason why the decision cannot be made in time, told to the applicant
	 */
	public record ExtensionRequest(String reason) {
	}

}
