package cn.egov.approval.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.egov.approval.ProcessInstances;
import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.clock.SimulatedClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the supervision-card tests share: warnings raised as the warnings feature raises
 * them (a {@link WarningRaised} event inside a transaction), the simulated clock, the
 * cards' steps, and the clean-up of every card process a test started (so that no timer
 * fires into another test once the clock is back to real time).
 */
final class SupervisionCardFixtures {

	/** Monday 7 December 2026, 09:00 China Standard Time. */
	static final Instant MONDAY_MORNING = OffsetDateTime.parse("2026-12-07T09:00:00+08:00").toInstant();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final SupervisionCardMapper mapper;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final SimulatedClock clock;

	private final AccountDirectory accounts;

	private final List<String> instances = new ArrayList<>();

	private final Map<String, ProcessInstance> started = new HashMap<>();

	SupervisionCardFixtures(ApplicationContext context) {
		this.events = context;
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.mapper = context.getBean(SupervisionCardMapper.class);
		this.runtime = context.getBean(RuntimeService.class);
		this.tasks = context.getBean(TaskService.class);
		this.clock = context.getBean(SimulatedClock.class);
		this.accounts = context.getBean(AccountDirectory.class);
		BpmnAwareTests.init(context.getBean(ProcessEngine.class));
		this.clock.moveTo(MONDAY_MORNING);
	}

	/** A warning id no other test uses (the application context is shared). */
	static long newWarningId() {
		return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
	}

	/** A case number of the shape casework gives. */
	static String newCaseNo(String departmentCode) {
		return departmentCode + "-2026-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
	}

	WarningRaised warning(String departmentCode, WarningLevel level, String kind) {
		return new WarningRaised(newWarningId(), newCaseNo(departmentCode), departmentCode, level, kind,
				this.clock.now());
	}

	/** Publishes a warning in a transaction of its own, as the warnings feature does. */
	WarningRaised raise(WarningRaised warning) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(warning));
		this.mapper.findByWarning(warning.warningId())
			.map(SupervisionCard::processInstanceId)
			.ifPresent(this.instances::add);
		return warning;
	}

	WarningRaised raise(String departmentCode, WarningLevel level, String kind) {
		return raise(warning(departmentCode, level, kind));
	}

	/** Keeps a card process started elsewhere for the clean-up. */
	void track(String processInstanceId) {
		this.instances.add(processInstanceId);
	}

	SupervisionCard card(WarningRaised warning) {
		return this.mapper.findByWarning(warning.warningId()).orElseThrow();
	}

	SupervisionCard card(long id) {
		return this.mapper.find(id).orElseThrow();
	}

	/**
	 * The card's process instance as first seen running: camunda-bpm-assert follows it
	 * into history once it has ended, where a fresh query finds nothing.
	 */
	ProcessInstance instance(SupervisionCard card) {
		return this.started.computeIfAbsent(card.processInstanceId(),
				(id) -> this.runtime.createProcessInstanceQuery().processInstanceId(id).singleResult());
	}

	/** Waits until the job executor has taken the card's process to a user task. */
	Task awaitStep(SupervisionCard card, String taskKey) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> step(card, taskKey) != null);
		return step(card, taskKey);
	}

	Task step(SupervisionCard card, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceId(card.processInstanceId())
			.taskDefinitionKey(taskKey)
			.active()
			.singleResult();
	}

	/** Moves the clock a minute past the answer task's due date. */
	void passDueDateOf(Task task) {
		assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey()).isNotNull();
		this.clock.moveTo(task.getDueDate().toInstant().plus(Duration.ofMinutes(1)));
	}

	PlatformUser user(String username) {
		return new PlatformUser(this.accounts.findUser(username).orElseThrow());
	}

	/** Removes what the test started and puts the clock back to real time. */
	void cleanUp() {
		for (String instance : this.instances) {
			if (instance != null) {
				ProcessInstances.deleteIfRunning(this.runtime, instance, "test over");
			}
		}
		this.clock.reset();
	}

}
