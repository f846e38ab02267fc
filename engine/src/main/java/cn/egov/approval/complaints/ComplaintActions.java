package cn.egov.approval.complaints;

import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.QueryCodes;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.satisfaction.SatisfactionLevel;
import cn.egov.approval.satisfaction.TaskDeadlines;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a complaint, each by completing its open task in
 * {@code complaint-handling} once the input is checked, and the complainant's rating. A
 * step the complaint is not at answers 409; a step that is not the caller's, 403.
 */
@Service
@Transactional
public class ComplaintActions {

	private static final int MAX_REASON = 1000;

	private static final int MAX_RESULT = 4000;

	private final ComplaintMapper mapper;

	private final ComplaintAccess access;

	private final OrganisationDirectory organisation;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ComplaintProperties properties;

	ComplaintActions(ComplaintMapper mapper, ComplaintAccess access, OrganisationDirectory organisation,
			TaskService tasks, RuntimeService runtime, ComplaintProperties properties) {
		this.mapper = mapper;
		this.access = access;
		this.organisation = organisation;
		this.tasks = tasks;
		this.runtime = runtime;
		this.properties = properties;
	}

	/** The bureau accepts, with its opinion. */
	public void accept(String complaintNo, String opinion, PlatformUser user) {
		Task task = bureauTask(complaintNo, ComplaintVariables.ACCEPTANCE_TASK, user);
		complete(task, user, Map.of(ComplaintVariables.ACCEPTED, true, ComplaintVariables.REASON,
				Texts.required(opinion, MAX_REASON, "error.complaint.opinion")));
	}

	/** The bureau rejects; the reasons are required and go to the complainant. */
	public void reject(String complaintNo, String reason, PlatformUser user) {
		Task task = bureauTask(complaintNo, ComplaintVariables.ACCEPTANCE_TASK, user);
		complete(task, user, Map.of(ComplaintVariables.ACCEPTED, false, ComplaintVariables.REASON,
				Texts.required(reason, MAX_REASON, "error.complaint.reason")));
	}

	/**
	 * The bureau routes to the responsible department with a limit in working days.
	 * @param workingDays null for the configured default
	 */
	public void route(String complaintNo, String departmentCode, Integer workingDays, String note, PlatformUser user) {
		Task task = bureauTask(complaintNo, ComplaintVariables.ROUTE_TASK, user);
		Department department = this.organisation.department((departmentCode != null) ? departmentCode.strip() : "")
			.filter((found) -> "functional".equals(found.kind()))
			.orElseThrow(() -> new BadRequestException("error.complaint.route-department", departmentCode));
		int days = (workingDays != null) ? workingDays : this.properties.handlingWorkingDays();
		if (days < 1 || days > this.properties.maxHandlingWorkingDays()) {
			throw new BadRequestException("error.complaint.route-days", this.properties.maxHandlingWorkingDays());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ComplaintVariables.DEPARTMENT, department.code());
		variables.put(ComplaintVariables.HANDLING_DAYS, days);
		variables.put("note", Texts.optional(note, MAX_REASON, "error.complaint.note"));
		String instance = task.getProcessInstanceId();
		complete(task, user, variables);
		this.mapper.setHandlingDue(complaintNo,
				TaskDeadlines.lastDay(this.tasks.createTaskQuery()
					.processInstanceId(instance)
					.taskDefinitionKey(ComplaintVariables.HANDLE_TASK)
					.singleResult()));
	}

	/** The department reports its result, which goes to the complainant. */
	public void reportResult(String complaintNo, String result, PlatformUser user) {
		Task task = departmentTask(complaintNo, user);
		complete(task, user, Map.of(ComplaintVariables.RETURNED, false, ComplaintVariables.RESULT,
				Texts.required(result, MAX_RESULT, "error.complaint.result")));
	}

	/** The department returns the complaint as not its business, with the reason. */
	public void returnToBureau(String complaintNo, String reason, PlatformUser user) {
		Task task = departmentTask(complaintNo, user);
		complete(task, user, Map.of(ComplaintVariables.RETURNED, true, ComplaintVariables.REASON,
				Texts.required(reason, MAX_REASON, "error.complaint.reason")));
	}

	/**
	 * The complainant rates the handling once, with the complaint's query code, after the
	 * feedback and within the rating period.
	 */
	public void rate(String complaintNo, String queryCode, String level, String comment) {
		Complaint complaint = this.mapper.lock(complaintNo)
			.filter((found) -> QueryCodes.matches(found.queryCode(), queryCode))
			.orElseThrow(() -> new NotFoundException("error.complaint.unknown"));
		SatisfactionLevel rating = SatisfactionLevel.parse(level)
			.orElseThrow(() -> new BadRequestException("error.rating.level"));
		if (complaint.rating() != null) {
			throw new ApiException(HttpStatus.CONFLICT, "error.complaint.rated");
		}
		if (!Complaint.HANDLED.equals(complaint.status())) {
			throw new BadRequestException("error.complaint.not-handled");
		}
		boolean waiting = this.runtime.createExecutionQuery()
			.processInstanceId(complaint.processInstanceId())
			.messageEventSubscriptionName(ComplaintVariables.RATED_MESSAGE)
			.count() > 0;
		if (!waiting) {
			throw new ApiException(HttpStatus.CONFLICT, "error.complaint.rating-over");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ComplaintVariables.LEVEL, rating.name());
		variables.put(ComplaintVariables.COMMENT, Texts.optional(comment, MAX_REASON, "error.rating.comment-too-long"));
		this.runtime.createMessageCorrelation(ComplaintVariables.RATED_MESSAGE)
			.processInstanceId(complaint.processInstanceId())
			.setVariables(variables)
			.correlate();
	}

	private Task bureauTask(String complaintNo, String taskKey, PlatformUser user) {
		Complaint complaint = readable(complaintNo, user);
		if (!this.access.isBureau(user, complaint)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.complaint.not-bureau");
		}
		return openTask(complaint, taskKey);
	}

	private Task departmentTask(String complaintNo, PlatformUser user) {
		Complaint complaint = readable(complaintNo, user);
		if (!this.access.isDepartment(user, complaint)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.complaint.not-department");
		}
		return openTask(complaint, ComplaintVariables.HANDLE_TASK);
	}

	private Complaint readable(String complaintNo, PlatformUser user) {
		return this.mapper.lock(complaintNo)
			.filter((found) -> this.access.canRead(user, found))
			.orElseThrow(() -> new NotFoundException("error.complaint.unknown"));
	}

	private Task openTask(Complaint complaint, String taskKey) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(complaint.processInstanceId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new ApiException(HttpStatus.CONFLICT, "error.complaint.step", complaint.status());
		}
		return task;
	}

	private void complete(Task task, PlatformUser user, Map<String, Object> input) {
		Map<String, Object> variables = new HashMap<>(input);
		variables.put(ComplaintVariables.ACTOR, user.getUsername());
		this.tasks.setAssignee(task.getId(), user.getUsername());
		this.tasks.complete(task.getId(), variables);
	}

}
