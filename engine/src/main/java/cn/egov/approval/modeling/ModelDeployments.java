package cn.egov.approval.modeling;

import java.util.List;

import cn.egov.approval.catalog.CatalogService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys a draft through the engine's repository, so that every check the engine makes
 * of a deployment (the project's lint rules included) applies. Each deployment is a new
 * version: cases already running stay on theirs. A generated process deployed for its
 * item binds the item to it, so the item's next cases start on the latest version.
 */
@Service
@Transactional
public class ModelDeployments {

	static final String SOURCE = "modeling-workbench";

	private final ModelDrafts drafts;

	private final ProcessDraftMapper mapper;

	private final ModelValidation validation;

	private final RepositoryService repository;

	private final CatalogService catalog;

	ModelDeployments(ModelDrafts drafts, ProcessDraftMapper mapper, ModelValidation validation,
			RepositoryService repository, CatalogService catalog) {
		this.drafts = drafts;
		this.mapper = mapper;
		this.validation = validation;
		this.repository = repository;
		this.catalog = catalog;
	}

	public Deployed deploy(ResourceKind kind, String key, int draftNo, String username) {
		ProcessDraft draft = this.drafts.get(kind, key, draftNo);
		List<String> problems = this.validation.problems(kind, key, draft.content());
		if (!problems.isEmpty()) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.invalid", String.join("；", problems));
		}
		DeploymentWithDefinitions deployment = deploy(kind, key, draft);
		Integer version = version(kind, deployment);
		this.mapper.markDeployed(draft.id(), deployment.getId(), version, username, this.drafts.now());
		String boundItem = null;
		if (kind == ResourceKind.BPMN && draft.itemCode() != null) {
			this.catalog.bindProcess(draft.itemCode(), key, username);
			boundItem = draft.itemCode();
		}
		return new Deployed(deployment.getId(), version, boundItem);
	}

	private DeploymentWithDefinitions deploy(ResourceKind kind, String key, ProcessDraft draft) {
		try {
			return this.repository.createDeployment()
				.name(kind.resourceName(key) + " #" + draft.draftNo())
				.source(SOURCE)
				.addString(kind.resourceName(key), draft.content())
				.deployWithResult();
		}
		catch (ProcessEngineException ex) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.deploy-rejected",
					ModelValidation.firstLine(ex));
		}
	}

	private static Integer version(ResourceKind kind, DeploymentWithDefinitions deployment) {
		return switch (kind) {
			case BPMN -> deployment.getDeployedProcessDefinitions()
				.stream()
				.map(ProcessDefinition::getVersion)
				.findFirst()
				.orElse(null);
			case DMN -> deployment.getDeployedDecisionDefinitions()
				.stream()
				.map((definition) -> definition.getVersion())
				.findFirst()
				.orElse(null);
			case FORM -> null;
		};
	}

	/**
	 * @param deploymentId the engine's deployment
	 * @param version the definition version it became (null for forms)
	 * @param boundItem the catalog item now bound to the process, if any
	 */
	public record Deployed(String deploymentId, Integer version, String boundItem) {
	}

}
