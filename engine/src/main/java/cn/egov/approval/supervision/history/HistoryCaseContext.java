package cn.egov.approval.supervision.history;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import cn.egov.approval.supervision.SupervisionFactSource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

import org.springframework.stereotype.Component;

/**
 * What a history event does not carry itself, read from the running command: the case
 * (the process instance's business key), its department and item (process variables) and
 * a firing timer's due date. Everything is read from the command's entity cache, so no
 * extra statement runs for most events.
 */
@Component
class HistoryCaseContext {

	private final Clock clock;

	HistoryCaseContext(Clock clock) {
		this.clock = clock;
	}

	/** Today on the platform clock. */
	java.time.LocalDate today() {
		return java.time.LocalDate.now(this.clock);
	}

	/** A variable as text, as the execution (or its parents) sees it, or {@code null}. */
	String variable(String executionId, String name) {
		ExecutionEntity execution = execution(executionId);
		Object value = (execution != null) ? execution.getVariable(name) : null;
		return (value != null) ? value.toString() : null;
	}

	/** A fact about the case of a running process instance. */
	Optional<SupervisionFact> caseFact(String key, String processInstanceId, SupervisionFactKind kind, String actor,
			String step, Map<String, String> payload) {
		return caseFact(key, processInstanceId, null, kind, actor, step, payload);
	}

	/** The same, with the department answerable for it when it is not the case's. */
	Optional<SupervisionFact> caseFact(String key, String processInstanceId, String department,
			SupervisionFactKind kind, String actor, String step, Map<String, String> payload) {
		ExecutionEntity instance = execution(processInstanceId);
		if (instance == null || instance.getBusinessKey() == null) {
			return Optional.empty();
		}
		String answerable = (department != null) ? department : variable(processInstanceId, "departmentCode");
		return Optional.of(new SupervisionFact(SupervisionFactSource.ENGINE, key, instance.getBusinessKey(), answerable,
				variable(processInstanceId, "itemCode"), kind, this.clock.instant(), actor, step, payload));
	}

	/** A fact about a case by its number (the process instance may be gone). */
	SupervisionFact fact(String key, String caseNo, String department, SupervisionFactKind kind, String actor,
			String step, Map<String, String> payload) {
		return new SupervisionFact(SupervisionFactSource.ENGINE, key, caseNo, department, null, kind,
				this.clock.instant(), actor, step, payload);
	}

	/**
	 * The due date of the timer job now firing for a boundary event: the job the command
	 * loaded, of that activity and instance (for a co-department's sub-limit, the one of
	 * that department).
	 */
	Optional<Date> firingTimerDue(String activityId, String processInstanceId, String department) {
		CommandContext command = Context.getCommandContext();
		if (command == null) {
			return Optional.empty();
		}
		// Every job is cached under AcquirableJobEntity. Asking the cache for any other
		// job type answers nothing: Camunda's DbEntityCache then compares the type with
		// the class of its wrapper instead of the entity's.
		List<TimerEntity> timers = command.getDbEntityManager()
			.getCachedEntitiesByType(AcquirableJobEntity.class)
			.stream()
			.filter(TimerEntity.class::isInstance)
			.map(TimerEntity.class::cast)
			.filter((timer) -> activityId.equals(timer.getActivityId())
					&& processInstanceId.equals(timer.getProcessInstanceId()))
			.toList();
		return timers.stream()
			.filter((timer) -> timers.size() == 1 || department == null
					|| department.equals(variable(timer.getExecutionId(), "participantDepartment")))
			.map(TimerEntity::getDuedate)
			.findFirst();
	}

	private static ExecutionEntity execution(String id) {
		CommandContext command = Context.getCommandContext();
		if (command == null || id == null) {
			return null;
		}
		return command.getExecutionManager().findExecutionById(id);
	}

}
