package cn.egov.approval.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.notices.SpecialProcedure;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for their readers: detail, scoped lists, anonymous progress. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	/** Timeline kinds the anonymous look-up shows (no opinions, no names). */
	private static final Set<String> PUBLIC_KINDS = Set.of("RECEIVED", "CORRECTION_REQUESTED", "SUPPLEMENTED",
			"ACCEPTED", "DEEMED_ACCEPTED", "NOT_ACCEPTED", "STEP_COMPLETED", "PAUSE_STARTED", "PAUSE_ENDED",
			"EXTENSION_APPROVED", "APPROVED", "REFUSED", "FEE_REQUESTED", "FEE_PAID", "CERTIFICATE_ISSUED", "DELIVERED",
			"CLOSED", "CORRECTION_EXPIRED");

	private static final int MAX_PAGE_SIZE = 100;

	private final CaseMapper mapper;

	private final CaseFiles files;

	private final CaseAccess access;

	private final CaseClock clock;

	private final StepDefinitions steps;

	private final OrganisationDirectory organisation;

	private final AccountDirectory accounts;

	private final TaskService tasks;

	private final ObjectMapper json;

	CaseQueries(CaseMapper mapper, CaseFiles files, CaseAccess access, CaseClock clock, StepDefinitions steps,
			OrganisationDirectory organisation, AccountDirectory accounts, TaskService tasks, ObjectMapper json) {
		this.mapper = mapper;
		this.files = files;
		this.access = access;
		this.clock = clock;
		this.steps = steps;
		this.organisation = organisation;
		this.accounts = accounts;
		this.tasks = tasks;
		this.json = json;
	}

	/**
	 * Checks that the caller may see a case (other features show their data beside it).
	 * @throws cn.egov.approval.web.NotFoundException if the case does not exist or the
	 * caller may not see it
	 */
	public void requireReadable(String caseNo, PlatformUser user) {
		this.files.readable(caseNo, user);
	}

	public CaseDetail detail(String caseNo, PlatformUser user) {
		return detail(this.files.readable(caseNo, user));
	}

	CaseDetail detail(CaseFile file) {
		String caseNo = file.caseNo();
		List<CaseDetail.Participant> participants = this.mapper.findParticipants(caseNo)
			.stream()
			.map((p) -> new CaseDetail.Participant(p.departmentCode(), departmentName(p.departmentCode()), p.isLead(),
					p.subDeadline(), p.outcome(), p.opinion()))
			.toList();
		List<CaseDetail.Pause> pauses = this.mapper.findPauses(caseNo)
			.stream()
			.map((p) -> new CaseDetail.Pause(p.id(), p.kind(), SpecialProcedure.valueOf(p.kind()).chineseName(),
					p.reason(), p.expectedWorkingDays(), CaseDetail.offset(p.startedAt()),
					CaseDetail.offset(p.endedAt()), p.pausedWorkingDays(), p.startedBy()))
			.toList();
		List<CaseDetail.TimelineEntry> timeline = this.mapper.findEvents(caseNo)
			.stream()
			.map((e) -> new CaseDetail.TimelineEntry(CaseDetail.offset(e.eventAt()), e.kind(), e.actor(),
					actorName(e.actor()), e.step(), e.outcome(), e.opinion(), e.detail(), e.anomaly()))
			.toList();
		CaseDetail.Fee fee = (file.feeAmount() != null)
				? new CaseDetail.Fee(file.feeAmount(), file.feeReceiptNo(), CaseDetail.offset(file.feePaidAt())) : null;
		CaseDetail.Certificate certificate = (file.certificateNo() != null)
				? new CaseDetail.Certificate(file.certificateNo(), file.certificateValidFrom(),
						file.certificateValidUntil(), CaseDetail.offset(file.certificateIssuedAt()))
				: null;
		return new CaseDetail(caseNo, file.queryCode(), file.itemCode(), file.itemVersion(), file.itemName(),
				new CaseDetail.Named(file.departmentCode(), departmentName(file.departmentCode())), participants,
				new CaseDetail.Applicant(file.applicantName(), file.applicantType(), file.applicantIdNo(),
						file.applicantPhone()),
				file.channel(), formData(file), file.status(), file.decision(), CaseDetail.offset(file.receivedAt()),
				CaseDetail.offset(file.acceptedAt()), file.deemedAccepted(), file.promisedLimitDays(),
				file.statutoryLimitDays(), file.promisedDeadline(), file.statutoryDeadline(),
				open(file) ? this.clock.workingDaysLeft(file) : null, file.pausedWorkingDays(),
				CaseDetail.Extension.of(file), pauses, this.mapper.findMaterials(caseNo), currentSteps(file), fee,
				certificate, CaseDetail.offset(file.deliveredAt()), CaseDetail.offset(file.closedAt()), timeline);
	}

	public CaseSummary.Page list(PlatformUser user, String status, String department, Boolean overdue, int page,
			int size) {
		if (status != null) {
			try {
				CaseStatus.valueOf(status);
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("error.case.status.unknown", status);
			}
		}
		int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int offset = Math.max(page, 0) * limit;
		CaseSearch search = this.access.scope(user, status, blankToNull(department), overdue, this.clock.today(),
				offset, limit);
		List<CaseSummary> items = this.mapper.search(search).stream().map(this::summary).toList();
		return new CaseSummary.Page(items, this.mapper.count(search));
	}

	/** Anonymous progress: a wrong code and an unknown case get the same answer. */
	public PublicProgress progress(String caseNo, String queryCode) {
		CaseFile file = this.mapper.find(caseNo)
			.filter((found) -> QueryCodes.matches(found.queryCode(), queryCode))
			.orElseThrow(() -> new NotFoundException("error.case.progress.unknown"));
		List<PublicProgress.Entry> timeline = this.mapper.findEvents(file.caseNo())
			.stream()
			.filter((e) -> PUBLIC_KINDS.contains(e.kind()))
			.map((e) -> new PublicProgress.Entry(CaseDetail.offset(e.eventAt()), e.kind()))
			.toList();
		return new PublicProgress(file.caseNo(), file.itemName(), departmentName(file.departmentCode()), file.status(),
				file.decision(), CaseDetail.offset(file.receivedAt()), CaseDetail.offset(file.acceptedAt()),
				file.promisedDeadline(), currentSteps(file).stream().map(CaseDetail.CurrentStep::stepName).toList(),
				timeline);
	}

	private CaseSummary summary(CaseFile file) {
		Integer left = open(file) ? this.clock.workingDaysLeft(file) : null;
		return new CaseSummary(file.caseNo(), file.itemCode(), file.itemName(),
				new CaseDetail.Named(file.departmentCode(), departmentName(file.departmentCode())),
				file.applicantName(), file.status(), file.decision(), CaseDetail.offset(file.receivedAt()),
				file.promisedDeadline(), file.statutoryDeadline(), left, left != null && left < 0);
	}

	private List<CaseDetail.CurrentStep> currentSteps(CaseFile file) {
		if (file.processInstanceId() == null) {
			return List.of();
		}
		return this.tasks.createTaskQuery()
			.processInstanceId(file.processInstanceId())
			.list()
			.stream()
			.map((task) -> currentStep(task, file))
			.toList();
	}

	private CaseDetail.CurrentStep currentStep(Task task, CaseFile file) {
		String role = StepDefinitions.isChainStep(task.getTaskDefinitionKey())
				? (String) this.tasks.getVariable(task.getId(), ProcessVariables.CURRENT_ROLE) : null;
		StepDefinitions.Step step = this.steps.of(task.getTaskDefinitionKey(), role, null, file.onTheSpot());
		return new CaseDetail.CurrentStep(task.getId(), step.code(), this.steps.name(step.code()), task.getAssignee(),
				(task.getAssignee() != null) ? actorName(task.getAssignee()) : null);
	}

	private static boolean open(CaseFile file) {
		return file.decision() == null && file.caseStatus().isHandling();
	}

	private Map<String, Object> formData(CaseFile file) {
		try {
			return this.json.readValue(file.formData(), new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	private String departmentName(String code) {
		return this.organisation.department(code).map(Department::name).orElse(code);
	}

	private String actorName(String username) {
		if (CaseTimeline.SYSTEM.equals(username)) {
			return "系统";
		}
		return this.accounts.findUser(username).map(UserAccount::displayName).orElse(username);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
