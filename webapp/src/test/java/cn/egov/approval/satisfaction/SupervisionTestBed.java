package cn.egov.approval.satisfaction;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.ApplicationRequest;
import cn.egov.approval.casework.CaseIntake;
import cn.egov.approval.casework.CaseTasks;
import cn.egov.approval.clock.PlatformClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the complaint and rating tests share: the demo logins as the services see them,
 * closed and open cases of the demo applicant, the simulated clock (through its HTTP API)
 * and timers fired by the job executor. {@link #cleanUp()} deletes the process instances
 * a test started, so that none of their timers fires into another test once the clock is
 * back to real time.
 */
public final class SupervisionTestBed {

	public static final ZoneId ZONE = PlatformClock.ZONE;

	/** 个体工商户设立登记 of the market regulation bureau: decided at the window. */
	public static final String ON_THE_SPOT = "SFX-SCJGJ-DJ-0002";

	private final AccountDirectory accounts;

	private final CaseIntake intake;

	private final CaseTasks caseTasks;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final int port;

	private final List<String> businessKeys = new ArrayList<>();

	private SupervisionTestBed(ApplicationContext context, int port) {
		this.accounts = context.getBean(AccountDirectory.class);
		this.intake = context.getBean(CaseIntake.class);
		this.caseTasks = context.getBean(CaseTasks.class);
		this.runtime = context.getBean(RuntimeService.class);
		this.tasks = context.getBean(TaskService.class);
		this.management = context.getBean(ManagementService.class);
		this.port = port;
	}

	/**
	 * Points camunda-bpm-assert at the platform's engine and moves the simulated clock.
	 * @param now an ISO offset date-time, e.g. {@code 2026-12-07T09:00:00+08:00}
	 */
	public static SupervisionTestBed startingAt(ApplicationContext context, int port, String now) {
		BpmnAwareTests.init(context.getBean(ProcessEngine.class));
		SupervisionTestBed bed = new SupervisionTestBed(context, port);
		bed.clock(now);
		return bed;
	}

	public HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	/** A browser that has not signed in, holding its CSRF token. */
	public HttpCaller anonymous() {
		HttpCaller browser = HttpCaller.browser(this.port);
		browser.get("/api/auth/csrf");
		return browser;
	}

	public void clock(String now) {
		Response moved = as("admin").postJson("/api/admin/clock", "{\"now\": \"" + now + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	/** A demo login as the services see it after authentication. */
	public PlatformUser user(String username) {
		return new PlatformUser(this.accounts.findUser(username).orElseThrow());
	}

	/** A case of the demo applicant, still at the window's pre-check. */
	public CaseIntake.Received openCase() {
		ApplicationRequest request = new ApplicationRequest(ON_THE_SPOT,
				new ApplicationRequest.Applicant("沈市民", "PERSON", "350102199001011238", "13800000001"), "ONLINE",
				Map.of("description", "申请个体工商户登记", "address", "示范县人民路 8 号"));
		CaseIntake.Received received = this.intake.apply(request, user("applicant"));
		track(received.caseNo());
		return received;
	}

	/** A case of the demo applicant, refused at the window and so closed at once. */
	public CaseIntake.Received closedCase() {
		CaseIntake.Received received = openCase();
		String taskId = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(received.caseNo())
			.singleResult()
			.getId();
		this.caseTasks.complete(taskId, Map.of("outcome", "REFUSE", "opinion", "经营场所不符合条件"), user("clerk"));
		return received;
	}

	/** Deletes the instances of this business key (a case or a complaint) at clean-up. */
	public void track(String businessKey) {
		this.businessKeys.add(businessKey);
	}

	/** The timer job waiting at an activity of a process instance. */
	public Job timer(String processInstanceId, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	/**
	 * Moves the clock a minute past a timer's due date and waits until the job executor
	 * has fired it.
	 */
	public void passDueDateOf(String processInstanceId, String activityId) {
		Job timer = timer(processInstanceId, activityId);
		assertThat(timer).as("%s timer of %s", activityId, processInstanceId).isNotNull();
		clock(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1)).atZone(ZONE).toOffsetDateTime().toString());
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(timer(processInstanceId, activityId)).as("%s fired", activityId).isNull());
	}

	public void cleanUp() {
		for (String key : this.businessKeys) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(key)
				.list()
				.forEach((instance) -> this.runtime.deleteProcessInstance(instance.getId(), "test over"));
		}
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

}
