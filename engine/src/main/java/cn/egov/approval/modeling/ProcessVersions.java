package cn.egov.approval.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process's deployed versions with their running cases, and moving cases from older
 * versions to a newer one with Camunda's migration API: equal activities are mapped by
 * id, and the engine says, instance by instance, which can move and why not.
 */
@Service
@Transactional
public class ProcessVersions {

	/**
	 * The most instances one migration moves: beyond it, the engine's batch migration is
	 * the tool.
	 */
	static final int MAX_INSTANCES = 200;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final MigrationDryRun dryRun;

	ProcessVersions(RepositoryService repository, RuntimeService runtime, MigrationDryRun dryRun) {
		this.repository = repository;
		this.runtime = runtime;
		this.dryRun = dryRun;
	}

	@Transactional(readOnly = true)
	public List<Version> versions(String key) {
		ModelResources.checkKey(key);
		List<Version> versions = new ArrayList<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.orderByProcessDefinitionVersion()
			.desc()
			.list()) {
			Deployment deployment = this.repository.createDeploymentQuery()
				.deploymentId(definition.getDeploymentId())
				.singleResult();
			long running = this.runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
			versions.add(new Version(definition.getId(), definition.getVersion(), definition.getDeploymentId(),
					(deployment != null) ? deployment.getSource() : null,
					(deployment != null) ? deployment.getDeploymentTime().toInstant().toString() : null, running));
		}
		return versions;
	}

	/**
	 * For every older version with running cases: which of them can move to the target.
	 */
	@Transactional(readOnly = true)
	public List<SourceReport> plan(String key, int targetVersion) {
		ProcessDefinition target = definition(key, targetVersion);
		List<SourceReport> reports = new ArrayList<>();
		for (Version version : versions(key)) {
			if (version.version() >= targetVersion || version.running() == 0) {
				continue;
			}
			reports.add(report(version, target));
		}
		return reports;
	}

	/** Moves the chosen instances (all of one key) to the target version. */
	public int migrate(String key, int targetVersion, List<String> instanceIds) {
		if (instanceIds == null || instanceIds.isEmpty() || instanceIds.size() > MAX_INSTANCES) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.migration.instances", MAX_INSTANCES);
		}
		ProcessDefinition target = definition(key, targetVersion);
		List<ProcessInstance> instances = this.runtime.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(instanceIds))
			.list();
		if (instances.size() != Set.copyOf(instanceIds).size()) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.migration.unknown-instance");
		}
		int moved = 0;
		for (String source : instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct().toList()) {
			ProcessDefinition definition = this.repository.getProcessDefinition(source);
			if (!key.equals(definition.getKey()) || definition.getVersion() >= targetVersion) {
				throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.migration.not-older",
						targetVersion);
			}
			List<String> ids = instances.stream()
				.filter((instance) -> instance.getProcessDefinitionId().equals(source))
				.map(ProcessInstance::getId)
				.toList();
			execute(plan(source, target), ids);
			moved += ids.size();
		}
		return moved;
	}

	private void execute(MigrationPlan plan, List<String> ids) {
		try {
			this.runtime.newMigration(plan).processInstanceIds(ids).execute();
		}
		catch (MigratingProcessInstanceValidationException ex) {
			throw new ModelingException(HttpStatus.CONFLICT, "error.modeling.migration.refused",
					ex.getValidationReport().getProcessInstanceId(),
					String.join("；", reasons(ex.getValidationReport())));
		}
	}

	private SourceReport report(Version version, ProcessDefinition target) {
		List<Instance> instances = new ArrayList<>();
		MigrationPlan plan;
		try {
			plan = plan(version.id(), target);
		}
		catch (MigrationPlanValidationException ex) {
			List<String> problems = new ArrayList<>();
			for (MigrationInstructionValidationReport report : ex.getValidationReport().getInstructionReports()) {
				problems.addAll(report.getFailures());
			}
			runningOf(version).forEach((instance) -> instances
				.add(new Instance(instance.getId(), instance.getBusinessKey(), false, problems)));
			return new SourceReport(version.version(), version.id(), false, problems, instances);
		}
		for (ProcessInstance instance : runningOf(version)) {
			instances.add(check(plan, instance));
		}
		return new SourceReport(version.version(), version.id(), true, List.of(), instances);
	}

	/**
	 * Whether one instance can move: the engine's own validation, run in a transaction
	 * that is rolled back, so nothing moves.
	 */
	private Instance check(MigrationPlan plan, ProcessInstance instance) {
		List<String> reasons = this.dryRun.reasons(plan, instance.getId());
		return new Instance(instance.getId(), instance.getBusinessKey(), reasons.isEmpty(), reasons);
	}

	private MigrationPlan plan(String sourceId, ProcessDefinition target) {
		return this.runtime.createMigrationPlan(sourceId, target.getId())
			.mapEqualActivities()
			.updateEventTriggers()
			.build();
	}

	private List<ProcessInstance> runningOf(Version version) {
		return this.runtime.createProcessInstanceQuery().processDefinitionId(version.id()).listPage(0, MAX_INSTANCES);
	}

	private ProcessDefinition definition(String key, int version) {
		ModelResources.checkKey(key);
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.processDefinitionVersion(version)
			.singleResult();
		if (definition == null) {
			throw new ModelingException(HttpStatus.NOT_FOUND, "error.modeling.version", key, version);
		}
		return definition;
	}

	static List<String> reasons(MigratingProcessInstanceValidationReport report) {
		List<String> reasons = new ArrayList<>(report.getFailures());
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures().forEach((failure) -> reasons.add(activity.getSourceScopeId() + ": " + failure));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures().forEach((failure) -> reasons.add(transition.getSourceScopeId() + ": " + failure));
		}
		return reasons;
	}

	/**
	 * @param id the process definition id
	 * @param version its version
	 * @param deploymentId its deployment
	 * @param source who deployed it (modeling-workbench, the desktop modeler, the
	 * platform)
	 * @param deployedAt when
	 * @param running its running instances
	 */
	public record Version(String id, int version, String deploymentId, String source, String deployedAt, long running) {
	}

	/**
	 * @param version the older version
	 * @param definitionId its definition
	 * @param planValid whether a plan mapping equal activities exists at all
	 * @param problems why not, if not
	 * @param instances its running instances
	 */
	public record SourceReport(int version, String definitionId, boolean planValid, List<String> problems,
			List<Instance> instances) {
	}

	/**
	 * @param id the process instance
	 * @param caseNo its business key (the case number)
	 * @param canMigrate whether it can move
	 * @param reasons why not
	 */
	public record Instance(String id, String caseNo, boolean canMigrate, List<String> reasons) {
	}

}
