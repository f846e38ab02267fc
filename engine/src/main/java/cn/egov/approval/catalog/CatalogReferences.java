package cn.egov.approval.catalog;

import java.util.Optional;

import cn.egov.approval.organisation.OrganisationMapper;
import org.camunda.bpm.engine.RepositoryService;

import org.springframework.stereotype.Component;

/** The validator's view of the world: the organisation, the catalog and the engine. */
@Component
class CatalogReferences implements ItemReferences {

	private final OrganisationMapper organisation;

	private final CatalogMapper catalog;

	private final BlankFormMapper blankForms;

	private final RepositoryService repository;

	CatalogReferences(OrganisationMapper organisation, CatalogMapper catalog, BlankFormMapper blankForms,
			RepositoryService repository) {
		this.organisation = organisation;
		this.catalog = catalog;
		this.blankForms = blankForms;
		this.repository = repository;
	}

	@Override
	public boolean departmentExists(String departmentCode) {
		return this.organisation.findDepartment(departmentCode).isPresent();
	}

	@Override
	public boolean itemExists(String code) {
		return this.catalog.exists(code);
	}

	@Override
	public Optional<String> parentOf(String code) {
		return this.catalog.findLatestParent(code);
	}

	/** Any active version counts: a case starts on the latest one. */
	@Override
	public boolean processDeployed(String processKey) {
		return this.repository.createProcessDefinitionQuery().processDefinitionKey(processKey).active().count() > 0;
	}

	@Override
	public boolean blankFormBelongsTo(long blankFormId, String code) {
		return this.blankForms.belongsTo(blankFormId, code);
	}

}
