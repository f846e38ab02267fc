package cn.egov.approval.casework;

import java.util.Date;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;

/**
 * The licensing BPMN on a bare Camunda engine, the yardstick of the throughput benchmark:
 * its own engine name and database, history full, no job executor (tasks are completed
 * directly), and stand-ins for the platform's {@code licensingSteps} and
 * {@code caseClock} that only set what the gateways read and return fixed dates. No case
 * table, timeline, notices, messages, authorisation or working-day calendar.
 */
final class BareLicensingEngine implements AutoCloseable {

	/**
	 * Never "default": Camunda's REST API finds that one through a static registry, where
	 * the platform's engine must stay.
	 */
	static final String NAME = "licensing-bare";

	private final HikariDataSource pool;

	private final ProcessEngine engine;

	/**
	 * Builds the engine on an empty database and deploys the BPMN the platform runs.
	 * @param jdbcUrl a database of its own (H2 in memory, or a fresh MariaDB database)
	 */
	BareLicensingEngine(String jdbcUrl, String username, String password, StatementCounter counter) {
		HikariConfig config = new HikariConfig();
		config.setPoolName(NAME);
		config.setJdbcUrl(jdbcUrl);
		config.setUsername(username);
		config.setPassword(password);
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		this.pool = new HikariDataSource(config);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName(NAME);
		configuration.setDataSource(counter.wrap(this.pool));
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		// As the Spring Boot starter does for the platform's engine.
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setBeans(
				Map.of("licensingSteps", new BareLicensingBeans.Steps(), "caseClock", new BareLicensingBeans.Clock()));
		configuration.setBusinessCalendarManager(calendarDays());
		this.engine = configuration.buildProcessEngine();
		this.engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/" + CaseIntake.STANDARD_PROCESS + ".bpmn")
			.deploy();
	}

	/** Starts a case with the variables intake sets. */
	String start(String caseNo, String department, String chain) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(CaseIntake.STANDARD_PROCESS, caseNo,
					Map.of(ProcessVariables.CASE_NO, caseNo, ProcessVariables.DEPARTMENT, department,
							ProcessVariables.CHAIN, chain, ProcessVariables.ON_THE_SPOT, false, ProcessVariables.ACTOR,
							"applicant"))
			.getId();
	}

	/** The case's one open user task. */
	Task task(String processInstanceId) {
		return this.engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	/**
	 * The completion fields' values in the task's process, as the platform reads them.
	 */
	Map<String, Object> fields(String taskId) {
		return this.engine.getTaskService().getVariables(taskId, CaseTasks.FIELDS);
	}

	void complete(String taskId, Map<String, Object> variables) {
		this.engine.getTaskService().complete(taskId, variables);
	}

	/** Whether the case ended at "办结（准予）". */
	boolean closedApproved(String processInstanceId) {
		return this.engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityId("ClosedApproved")
			.count() == 1;
	}

	@Override
	public void close() {
		this.engine.close();
		this.pool.close();
	}

	/**
	 * "P5WD" read as five calendar days: the platform's working-day calendar is one of
	 * the things the bare engine goes without.
	 */
	private static MapBusinessCalendarManager calendarDays() {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new CalendarDays(new DurationBusinessCalendar()));
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new CalendarDays(new DueDateBusinessCalendar()));
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		return calendars;
	}

	private record CalendarDays(BusinessCalendar camunda) implements BusinessCalendar {

		@Override
		public Date resolveDuedate(String description) {
			return this.camunda.resolveDuedate(days(description));
		}

		@Override
		public Date resolveDuedate(String description, Date startDate) {
			return this.camunda.resolveDuedate(days(description), startDate);
		}

		@Override
		public Date resolveDuedate(String description, Task task) {
			return this.camunda.resolveDuedate(days(description), task);
		}

		private static String days(String description) {
			return description.replaceFirst("^P(\\d+)WD$", "P$1D");
		}

	}

}
