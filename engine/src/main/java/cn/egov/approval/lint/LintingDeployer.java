package cn.egov.approval.lint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before Camunda's own deployers on every new deployment, whatever brought it (the
 * desktop Modeler through {@code /engine-rest/deployment/create}, the workbench,
 * auto-deployment): a BPMN resource that breaks a rule makes the deployment fail with a
 * {@link ParseException} naming rule and element, which {@code /engine-rest} answers with
 * 400 and its problems. Deployments the engine only reloads into its cache were linted
 * when they were made.
 */
class LintingDeployer implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(LintingDeployer.class);

	private final BpmnLinter linter;

	private final LintSettingsSource settings;

	private final LintedByTheBuild linted;

	LintingDeployer(BpmnLinter linter, LintSettingsSource settings, LintedByTheBuild linted) {
		this.linter = linter;
		this.settings = settings;
		this.linted = linted;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		LintSettings live = null;
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (!isBpmn(resource.getName()) || this.linted.passed(resource.getBytes())) {
				continue;
			}
			live = (live != null) ? live : this.settings.live();
			List<LintProblem> errors = errors(resource, live);
			if (!errors.isEmpty()) {
				throw refusal(resource.getName(), errors);
			}
		}
	}

	private List<LintProblem> errors(ResourceEntity resource, LintSettings live) {
		long started = System.nanoTime();
		List<LintProblem> problems = this.linter.lint(new String(resource.getBytes(), StandardCharsets.UTF_8), live);
		log.debug("Linted {} in {} ms: {} problem(s)", resource.getName(), (System.nanoTime() - started) / 1_000_000,
				problems.size());
		return problems.stream().filter(LintProblem::isError).toList();
	}

	private static ParseException refusal(String resourceName, List<LintProblem> errors) {
		String listed = errors.stream().map(LintProblem::describe).collect(Collectors.joining("; "));
		String message = resourceName + " breaks the platform's process conventions (lint/README.md) / 流程不符合平台建模规范: "
				+ listed;
		return new ParseException(message, resourceName, List.copyOf(errors), List.of());
	}

	static boolean isBpmn(String resourceName) {
		return resourceName != null && (resourceName.endsWith(".bpmn") || resourceName.endsWith(".bpmn20.xml"));
	}

}
