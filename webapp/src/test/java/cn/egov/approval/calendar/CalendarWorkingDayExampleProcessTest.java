package cn.egov.approval.calendar;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * {@code processes/calendar-working-day-example.bpmn}: its due date and timer count
 * working days of the official schedule, and both paths run to the end.
 */
@PlatformTest
class CalendarWorkingDayExampleProcessTest {

	private static final String PROCESS = "calendar-working-day-example";

	/** The Tuesday before the 2026 National Day holiday, 10:00 China Standard Time. */
	private static final Date ACCEPTED = date("2026-09-29T10:00:00+08:00");

	/**
	 * Sep 30, Oct 8, Oct 9, Oct 10 (make-up Saturday), Oct 12: over at 24:00 of Oct 12.
	 */
	private static final Date FIVE_WORKING_DAYS_LATER = date("2026-10-13T00:00:00+08:00");

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@BeforeEach
	void startOnTheTuesdayBeforeNationalDay() {
		init(this.engine);
		ClockUtil.setCurrentTime(ACCEPTED);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldSetTheDueDateAndTheTimerFiveWorkingDaysAhead() {
		ProcessInstance instance = start(5);

		assertThat(instance).isWaitingAt("Task_DecideApplication");
		assertThat(decisionTask(instance).getDueDate()).isEqualTo(FIVE_WORKING_DAYS_LATER);
		assertThat(timer(instance).getDuedate()).isEqualTo(FIVE_WORKING_DAYS_LATER);
	}

	@Test
	void shouldEndDecidedWhenDecidedInTime() {
		ProcessInstance instance = start(5);

		this.tasks.complete(decisionTask(instance).getId());

		assertThat(instance).hasPassed("Task_DecideApplication").isEnded();
		assertThat(instance).hasPassed("End_Decided").hasNotPassed("Task_ExplainDelay");
	}

	@Test
	void shouldAskForAnExplanationWhenThePromisedLimitPasses() {
		ProcessInstance instance = start(5);

		// Executed by hand rather than by moving the clock, so the job executor cannot
		// race us.
		this.management.executeJob(timer(instance).getId());

		assertThat(instance).isWaitingAt("Task_DecideApplication", "Task_ExplainDelay");
		this.tasks.complete(this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey("Task_ExplainDelay")
			.singleResult()
			.getId());
		this.tasks.complete(decisionTask(instance).getId());
		assertThat(instance).hasPassed("End_DelayExplained", "End_Decided").isEnded();
	}

	@Test
	void shouldTreatALimitOfZeroAsTheEndOfTheDayOfAcceptance() {
		ProcessInstance instance = start(0);

		assertThat(timer(instance).getDuedate()).isEqualTo(date("2026-09-30T00:00:00+08:00"));
	}

	private ProcessInstance start(int promisedLimit) {
		return this.runtime.startProcessInstanceByKey(PROCESS, Map.of("promisedLimit", promisedLimit));
	}

	private Task decisionTask(ProcessInstance instance) {
		return this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey("Task_DecideApplication")
			.singleResult();
	}

	private Job timer(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private static Date date(String isoWithOffset) {
		return Date.from(OffsetDateTime.parse(isoWithOffset).toInstant());
	}

}
