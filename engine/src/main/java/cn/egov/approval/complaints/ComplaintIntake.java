package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.casework.QueryCodes;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.satisfaction.TaskDeadlines;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a complaint: online by anyone who leaves a mobile number or names a case with its
 * query code, or recorded by staff from a phone call or a visit. It is registered with
 * the supervision bureau of its region, {@code complaint-handling} starts, the
 * complainant gets the number and query code, and {@link ComplaintFiled} is published.
 */
@Service
@Transactional
public class ComplaintIntake {

	static final String PROCESS = "complaint-handling";

	private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

	private static final Set<String> STAFF_CHANNELS = Set.of("PHONE", "VISIT");

	private final ComplaintMapper mapper;

	private final ComplaintNumbers numbers;

	private final ComplaintTimeline timeline;

	private final ComplaintMessages messages;

	private final Bureaus bureaus;

	private final OrganisationDirectory organisation;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	private final ComplaintProperties properties;

	ComplaintIntake(ComplaintMapper mapper, ComplaintNumbers numbers, ComplaintTimeline timeline,
			ComplaintMessages messages, Bureaus bureaus, OrganisationDirectory organisation, RuntimeService runtime,
			TaskService tasks, ApplicationEventPublisher events, ComplaintProperties properties) {
		this.mapper = mapper;
		this.numbers = numbers;
		this.timeline = timeline;
		this.messages = messages;
		this.bureaus = bureaus;
		this.organisation = organisation;
		this.runtime = runtime;
		this.tasks = tasks;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * @param user the signed-in user, or null for an anonymous complainant
	 */
	public Filed file(ComplaintRequest request, PlatformUser user) {
		if (request == null) {
			throw new BadRequestException("error.complaint.subject");
		}
		boolean staff = Filers.isStaff(user);
		if (user != null && user.hasRole(Role.AUDITOR)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.complaint.not-allowed");
		}
		String channel = channel(request.channel(), staff);
		String subject = Texts.required(request.subject(), 200, "error.complaint.subject");
		String content = Texts.required(request.content(), 4000, "error.complaint.content");
		String phone = phone(request.phone(), user);
		LinkedCase linked = linkedCase(request, user, staff);
		if (!staff && phone == null && linked == null) {
			throw new BadRequestException("error.complaint.contact");
		}
		String department = department(request.departmentCode(), linked);
		String region = region(department);
		Department bureau = this.bureaus.of(region)
			.orElseThrow(() -> new BadRequestException("error.complaint.no-bureau"));
		Complaint.Complainant complainant = new Complaint.Complainant(
				Texts.optional(request.complainantName(), 100, "error.complaint.name"),
				(phone != null || linked == null) ? phone : linked.applicantPhone(),
				Texts.optional(request.staffName(), 100, "error.complaint.staff-name"));
		LocalDateTime now = this.timeline.now();
		Complaint complaint = Complaint.filed(this.numbers.next(now.toLocalDate()), QueryCodes.generate(), channel,
				complainant, (linked != null) ? linked.caseNo() : null, department, region, bureau.code(), subject,
				content, (user != null) ? user.getUsername() : null, now);
		this.mapper.insert(complaint);
		this.timeline.record(complaint.complaintNo(), "FILED", Filers.actor(user), channel);
		LocalDate due = start(complaint);
		this.messages.filed(complaint);
		this.events.publishEvent(new ComplaintFiled(complaint.complaintNo(), department, complaint.caseNo(), channel,
				now.atZone(PlatformClock.ZONE).toInstant()));
		return new Filed(complaint.complaintNo(), complaint.queryCode(), complaint.status(), due);
	}

	private LocalDate start(Complaint complaint) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ComplaintVariables.COMPLAINT_NO, complaint.complaintNo());
		variables.put(ComplaintVariables.BUREAU_GROUP, Bureaus.group(complaint.bureauCode()));
		variables.put(ComplaintVariables.DEPARTMENT, complaint.departmentCode());
		variables.put(ComplaintVariables.RATING_DAYS, this.properties.ratingWorkingDays());
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS, complaint.complaintNo(), variables);
		LocalDate due = TaskDeadlines.lastDay(this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(ComplaintVariables.ACCEPTANCE_TASK)
			.singleResult());
		this.mapper.setProcess(complaint.complaintNo(), instance.getId(), due);
		return due;
	}

	private static String channel(String requested, boolean staff) {
		if (!staff) {
			return "WEB";
		}
		String channel = (requested == null || requested.isBlank()) ? "PHONE" : requested.strip();
		if (!STAFF_CHANNELS.contains(channel)) {
			throw new BadRequestException("error.complaint.channel", String.valueOf(requested));
		}
		return channel;
	}

	private String phone(String given, PlatformUser user) {
		if (given == null || given.isBlank()) {
			return (user != null && user.hasRole(Role.APPLICANT)) ? this.mapper.phoneOf(user.getUsername()).orElse(null)
					: null;
		}
		String phone = given.strip();
		if (!MOBILE.matcher(phone).matches()) {
			throw new BadRequestException("error.complaint.phone");
		}
		return phone;
	}

	/**
	 * Staff link any case by its number; the public needs its query code, unless the
	 * signed-in applicant owns the case.
	 */
	private LinkedCase linkedCase(ComplaintRequest request, PlatformUser user, boolean staff) {
		if (request.caseNo() == null || request.caseNo().isBlank()) {
			return null;
		}
		return this.mapper.findCase(request.caseNo().strip())
			.filter((found) -> staff || QueryCodes.matches(found.queryCode(), request.queryCode())
					|| Filers.owns(user, found, this.mapper))
			.orElseThrow(() -> new BadRequestException("error.complaint.case"));
	}

	private String department(String requested, LinkedCase linked) {
		if (requested != null && !requested.isBlank()) {
			return this.organisation.department(requested.strip())
				.map(Department::code)
				.orElseThrow(() -> new BadRequestException("error.complaint.department", requested));
		}
		return (linked != null) ? linked.departmentCode() : null;
	}

	private String region(String department) {
		if (department != null) {
			return this.organisation.department(department).map(Department::regionCode).orElseThrow();
		}
		if (this.properties.defaultRegion() == null) {
			throw new BadRequestException("error.complaint.where");
		}
		return this.properties.defaultRegion();
	}

	/**
	 * What the complainant keeps: the number and query code to follow and rate it.
	 *
	 * @param acceptanceDue the last day the bureau has to accept or reject it
	 */
	public record Filed(String complaintNo, String queryCode, String status, LocalDate acceptanceDue) {
	}

}
