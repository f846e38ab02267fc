package cn.egov.approval.complaints;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.QueryCodes;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.satisfaction.SatisfactionLevel;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads complaints for their readers: scoped lists, detail, the complainant's view. */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

	private static final List<String> STATUSES = List.of(Complaint.REGISTERED, Complaint.ACCEPTED, Complaint.ROUTED,
			Complaint.REJECTED, Complaint.HANDLED);

	private static final int MAX_PAGE_SIZE = 100;

	private final ComplaintMapper mapper;

	private final ComplaintAccess access;

	private final OrganisationDirectory organisation;

	private final TaskService tasks;

	private final RuntimeService runtime;

	ComplaintQueries(ComplaintMapper mapper, ComplaintAccess access, OrganisationDirectory organisation,
			TaskService tasks, RuntimeService runtime) {
		this.mapper = mapper;
		this.access = access;
		this.organisation = organisation;
		this.tasks = tasks;
		this.runtime = runtime;
	}

	public ComplaintViews.Page list(PlatformUser user, String status, String department, Boolean overdue, int page,
			int size) {
		if (status != null && !STATUSES.contains(status)) {
			throw new BadRequestException("error.complaint.status", status);
		}
		int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		ComplaintSearch search = this.access.search(user, status, blankToNull(department), overdue,
				Math.max(page, 0) * limit, limit);
		List<ComplaintViews.Summary> items = this.mapper.search(search).stream().map(this::summary).toList();
		return new ComplaintViews.Page(items, this.mapper.count(search));
	}

	public ComplaintViews.Detail detail(String complaintNo, PlatformUser user) {
		Complaint c = this.mapper.find(complaintNo)
			.filter((found) -> this.access.canRead(user, found))
			.orElseThrow(() -> new NotFoundException("error.complaint.unknown"));
		boolean complainant = this.access.seesComplainant(user, c);
		List<ComplaintViews.Event> events = this.mapper.findEvents(complaintNo)
			.stream()
			.map((e) -> new ComplaintViews.Event(ComplaintViews.offset(e.eventAt()), e.kind(),
					(complainant || !"FILED".equals(e.kind())) ? e.actor() : ComplaintTimeline.PUBLIC, e.detail()))
			.toList();
		return new ComplaintViews.Detail(c.complaintNo(), c.channel(), c.status(), c.subject(), c.content(),
				complainant ? c.complainantName() : null, complainant ? c.complainantPhone() : null, c.caseNo(),
				named(c.departmentCode()), c.staffName(), named(c.bureauCode()), ComplaintViews.offset(c.filedAt()),
				complainant ? c.filedBy() : null, c.acceptanceDue(), c.acceptanceOverdue(), c.escalated(),
				c.decisionReason(), ComplaintViews.offset(c.decidedAt()), c.handlingDue(), c.handlingOverdue(),
				c.result(), ComplaintViews.offset(c.closedAt()), c.rating(), levelName(c.rating()), c.ratingComment(),
				events, actions(c, user));
	}

	/** The complainant's view: a wrong code and an unknown number get the same answer. */
	public ComplaintViews.Public publicView(String complaintNo, String queryCode) {
		Complaint c = this.mapper.find(complaintNo)
			.filter((found) -> QueryCodes.matches(found.queryCode(), queryCode))
			.orElseThrow(() -> new NotFoundException("error.complaint.unknown"));
		boolean ratable = c.rating() == null && Complaint.HANDLED.equals(c.status())
				&& this.runtime.createExecutionQuery()
					.processInstanceId(c.processInstanceId())
					.messageEventSubscriptionName(ComplaintVariables.RATED_MESSAGE)
					.count() > 0;
		return new ComplaintViews.Public(c.complaintNo(), c.subject(), c.status(),
				(c.departmentCode() != null) ? named(c.departmentCode()).name() : null,
				ComplaintViews.offset(c.filedAt()), c.acceptanceDue(), c.decisionReason(), c.result(),
				ComplaintViews.offset(c.closedAt()), c.rating(), levelName(c.rating()), ratable);
	}

	private List<String> actions(Complaint complaint, PlatformUser user) {
		List<String> actions = new ArrayList<>();
		for (String step : openSteps(complaint)) {
			if (ComplaintVariables.ACCEPTANCE_TASK.equals(step) && this.access.isBureau(user, complaint)) {
				actions.addAll(List.of("ACCEPT", "REJECT"));
			}
			else if (ComplaintVariables.ROUTE_TASK.equals(step) && this.access.isBureau(user, complaint)) {
				actions.add("ROUTE");
			}
			else if (ComplaintVariables.HANDLE_TASK.equals(step) && this.access.isDepartment(user, complaint)) {
				actions.addAll(List.of("REPORT_RESULT", "RETURN"));
			}
		}
		return actions;
	}

	private List<String> openSteps(Complaint complaint) {
		if (complaint.processInstanceId() == null) {
			return List.of();
		}
		return this.tasks.createTaskQuery()
			.processInstanceId(complaint.processInstanceId())
			.list()
			.stream()
			.map((task) -> task.getTaskDefinitionKey())
			.toList();
	}

	private ComplaintViews.Summary summary(Complaint c) {
		return new ComplaintViews.Summary(c.complaintNo(), c.channel(), c.subject(), c.status(),
				named(c.departmentCode()), c.caseNo(), ComplaintViews.offset(c.filedAt()), c.acceptanceDue(),
				c.handlingDue(), c.overdue(), c.escalated());
	}

	private ComplaintViews.Named named(String code) {
		if (code == null) {
			return null;
		}
		return new ComplaintViews.Named(code, this.organisation.department(code).map(Department::name).orElse(code));
	}

	private static String levelName(String rating) {
		return (rating != null) ? SatisfactionLevel.valueOf(rating).chineseName() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
