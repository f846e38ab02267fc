package cn.egov.approval.lint;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import org.springframework.stereotype.Component;

/** Puts the {@link LintingDeployer} in front of Camunda's deployers. */
@Component
class DeploymentLintPlugin extends AbstractProcessEnginePlugin {

	private final BpmnLinter linter;

	private final LintSettingsSource settings;

	DeploymentLintPlugin(BpmnLinter linter, LintSettingsSource settings) {
		this.linter = linter;
		this.settings = settings;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> preDeployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			preDeployers.addAll(configuration.getCustomPreDeployers());
		}
		preDeployers.add(new LintingDeployer(this.linter, this.settings, LintedByTheBuild.load()));
		configuration.setCustomPreDeployers(preDeployers);
	}

}
