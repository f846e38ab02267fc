package cn.egov.approval.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.egov.approval.ProcessInstances;
import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.ItemRequest;
import cn.egov.approval.catalog.Material;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.clock.PlatformClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives licensing cases for the process tests through the casework services, as the
 * controllers call them, and the simulated clock through its HTTP API. Everything a test
 * starts is removed by {@link #cleanUp()}: running instances are deleted (so that none of
 * their timers fires into another test once the clock is back to real time), test items
 * retired and the clock reset.
 */
final class LicensingCases {

	static final ZoneId ZONE = PlatformClock.ZONE;

	private final CaseIntake intake;

	private final CaseTasks caseTasks;

	private final CaseQueries queries;

	private final AccountDirectory accounts;

	private final CatalogService catalog;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final CaseworkApi api;

	private final List<String> instances = new ArrayList<>();

	private final List<String> items = new ArrayList<>();

	private LicensingCases(ApplicationContext context, int port) {
		this.intake = context.getBean(CaseIntake.class);
		this.caseTasks = context.getBean(CaseTasks.class);
		this.queries = context.getBean(CaseQueries.class);
		this.accounts = context.getBean(AccountDirectory.class);
		this.catalog = context.getBean(CatalogService.class);
		this.runtime = context.getBean(RuntimeService.class);
		this.tasks = context.getBean(TaskService.class);
		this.management = context.getBean(ManagementService.class);
		this.api = new CaseworkApi(port);
	}

	/**
	 * Points camunda-bpm-assert at the platform's engine (it keeps the previous class's
	 * otherwise) and moves the simulated clock to the day the test's cases arrive.
	 * @param localDateTime a local time in China Standard Time
	 */
	static LicensingCases startingAt(ApplicationContext context, int port, String localDateTime) {
		BpmnAwareTests.init(context.getBean(ProcessEngine.class));
		LicensingCases cases = new LicensingCases(context, port);
		cases.clock(localDateTime);
		return cases;
	}

	/** Moves the simulated clock to a local time in China Standard Time. */
	void clock(String localDateTime) {
		this.api.clock(localDateTime + "+08:00");
	}

	/** 24:00 China Standard Time of a day: when a limit ending that day has passed. */
	static Date endOf(String day) {
		return Date.from(LocalDate.parse(day).plusDays(1).atStartOfDay(ZONE).toInstant());
	}

	/** Applies online as the demo applicant, for an enterprise. */
	LicensingCase apply(String itemCode) {
		return apply(itemCode,
				new ApplicationRequest.Applicant("示范县好味道餐饮有限公司", "ENTERPRISE", "91350000MA2XXXXX0B", "13800000001"));
	}

	/** Applies online as the demo applicant, for themself. */
	LicensingCase applyAsPerson(String itemCode) {
		return apply(itemCode, new ApplicationRequest.Applicant("沈市民", "PERSON", "350102199001011238", "13800000001"));
	}

	private LicensingCase apply(String itemCode, ApplicationRequest.Applicant applicant) {
		ApplicationRequest request = new ApplicationRequest(itemCode, applicant, "ONLINE",
				Map.of("description", "申请开办门店", "address", "示范县人民路 8 号"));
		String caseNo = this.intake.apply(request, user("applicant")).caseNo();
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseNo)
			.singleResult();
		this.instances.add(instance.getId());
		return new LicensingCase(caseNo, instance);
	}

	/** A demo login as the services see it after authentication. */
	PlatformUser user(String username) {
		return new PlatformUser(this.accounts.findUser(username).orElseThrow());
	}

	/**
	 * A member of staff that exists for this test only (the demo has no such post): the
	 * task services check roles and departments, not the user table.
	 */
	static PlatformUser staff(String username, String departmentCode, String role) {
		return new PlatformUser(
				new UserAccount(username, username, null, departmentCode, null, null, true, List.of(role)));
	}

	/** The one open task of a case at a BPMN user task. */
	Task task(LicensingCase file, String taskKey) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(file.instance().getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open %s task of %s", taskKey, file.caseNo()).isNotNull();
		return task;
	}

	/** The open co-department opinion task of one department in a joint case. */
	Task jointOpinion(LicensingCase file, String departmentCode) {
		return this.tasks.createTaskQuery()
			.processInstanceId(file.instance().getId())
			.taskDefinitionKey("JointOpinion")
			.taskCandidateGroup(departmentCode + ":handler")
			.singleResult();
	}

	/** Completes a case's open task as a demo login would, through {@link CaseTasks}. */
	void complete(LicensingCase file, String taskKey, String username, Map<String, Object> body) {
		complete(task(file, taskKey), user(username), body);
	}

	void complete(Task task, PlatformUser user, Map<String, Object> body) {
		this.caseTasks.complete(task.getId(), body, user);
	}

	/** The outcomes a user's to-do list offers at a case's open task. */
	List<String> outcomes(LicensingCase file, String taskKey, String username) {
		String id = task(file, taskKey).getId();
		return this.caseTasks.list(user(username))
			.stream()
			.filter((view) -> view.id().equals(id))
			.findFirst()
			.orElseThrow()
			.outcomes();
	}

	CaseDetail detail(LicensingCase file) {
		return this.queries.detail(file.caseNo(), user("admin"));
	}

	/** The case's timeline entries of one kind, oldest first. */
	List<CaseDetail.TimelineEntry> events(LicensingCase file, String kind) {
		return detail(file).timeline().stream().filter((event) -> event.kind().equals(kind)).toList();
	}

	/** The timer job waiting at a boundary event of a case. */
	Job timer(LicensingCase file, String activityId) {
		return timerQuery(file, activityId).singleResult();
	}

	/** The timer jobs of a boundary event inside a multi-instance activity. */
	List<Job> timers(LicensingCase file, String activityId) {
		return timerQuery(file, activityId).list();
	}

	private JobQuery timerQuery(LicensingCase file, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(file.instance().getId())
			.activityId(activityId)
			.timers();
	}

	/**
	 * Waits until the job executor has run the case's due jobs: a timer armed already due
	 * (a limit of a day: its reminder) runs beside the test's next step, and the two
	 * changes to one instance would meet in an optimistic-locking conflict.
	 */
	void awaitDueJobs(LicensingCase file) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.management.createJobQuery()
				.processInstanceId(file.instance().getId())
				.executable()
				.count() == 0);
	}

	/**
	 * Moves the clock a minute past a timer's due date and waits until the job executor
	 * has fired it.
	 */
	void passDueDateOf(LicensingCase file, String activityId) {
		Job timer = timer(file, activityId);
		assertThat(timer).as("%s timer of %s", activityId, file.caseNo()).isNotNull();
		this.api.clock(
				timer.getDuedate().toInstant().plus(Duration.ofMinutes(1)).atZone(ZONE).toOffsetDateTime().toString());
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			Job pending = timer(file, activityId);
			assertThat(pending)
				.as("%s timer of %s (%s)", activityId, file.caseNo(),
						(pending != null) ? pending.getExceptionMessage() : null)
				.isNull();
		});
	}

	/**
	 * Publishes a test-only variant of a demo item under a fresh code, with other fees
	 * and process parameters.
	 * @return the variant's code
	 */
	String publishVariant(String baseCode, List<Fee> fees, ProcessParameters parameters) {
		ItemRequest base = this.catalog.findPublished(baseCode).orElseThrow().toRequest();
		String code = baseCode + "-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		List<Material> materials = base.materials()
			.stream()
			.map((m) -> new Material(m.name(), m.form(), m.copies(), m.required(), m.note(), null))
			.toList();
		ItemRequest variant = new ItemRequest(code, base.name() + "（流程测试）", base.kind(), base.department(), null,
				base.elements(), base.statutoryLimit(), base.promisedLimit(), base.onTheSpot(), base.parallelApproval(),
				base.applicantTypes(), base.approvingLeaderRole(), base.reviewingSection(), base.handlers(),
				base.steps(), fees, materials, base.processKey(), parameters);
		this.catalog.create(variant, "admin");
		this.catalog.publish(code, "admin");
		this.items.add(code);
		return code;
	}

	/** Removes what the test started and puts the clock back to real time. */
	void cleanUp() {
		for (String instance : this.instances) {
			ProcessInstances.deleteIfRunning(this.runtime, instance, "process test over");
		}
		for (String code : this.items) {
			this.catalog.retire(code, "admin");
		}
		this.api.resetClock();
	}

	/**
	 * @param caseNo the case number
	 * @param instance its process instance, as started
	 */
	record LicensingCase(String caseNo, ProcessInstance instance) {
	}

}
