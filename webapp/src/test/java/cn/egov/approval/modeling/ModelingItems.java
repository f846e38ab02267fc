package cn.egov.approval.modeling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.HttpCaller;
import cn.egov.approval.ProcessInstances;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.ItemRequest;
import cn.egov.approval.catalog.Material;
import cn.egov.approval.catalog.ProcessParameters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test-only copies of demo items (so that binding one to a generated process changes no
 * other test's item), cases of them, and clean-up of both.
 */
public final class ModelingItems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CatalogService catalog;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final int port;

	private final List<String> codes = new ArrayList<>();

	private final List<String> caseNos = new ArrayList<>();

	private final List<String> bound = new ArrayList<>();

	private final ApplicationContext context;

	public ModelingItems(ApplicationContext context, int port) {
		this.context = context;
		this.catalog = context.getBean(CatalogService.class);
		this.runtime = context.getBean(RuntimeService.class);
		this.repository = context.getBean(RepositoryService.class);
		this.port = port;
	}

	/**
	 * Publishes a copy of a demo item under a fresh code, with another approval chain if
	 * given.
	 */
	public String copy(String baseCode, List<String> chain) {
		ItemRequest base = this.catalog.findPublished(baseCode).orElseThrow().toRequest();
		String code = baseCode + "-M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		List<Material> materials = base.materials()
			.stream()
			.map((m) -> new Material(m.name(), m.form(), m.copies(), m.required(), m.note(), null))
			.toList();
		ProcessParameters parameters = (chain != null)
				? new ProcessParameters(chain, base.processParameters().jointDepartments()) : base.processParameters();
		this.catalog.create(new ItemRequest(code, base.name() + "（建模测试）", base.kind(), base.department(), null,
				base.elements(), base.statutoryLimit(), base.promisedLimit(), base.onTheSpot(), base.parallelApproval(),
				base.applicantTypes(), base.approvingLeaderRole(), base.reviewingSection(), base.handlers(),
				base.steps(), base.fees(), materials, null, parameters), "admin");
		this.catalog.publish(code, "admin");
		this.codes.add(code);
		return code;
	}

	/**
	 * Generates a demo item's own process and deploys it as the reform office does, which
	 * binds the item to it; {@link #cleanUp()} unbinds it, so that other tests find the
	 * item as shipped. For items whose services know them by code (levy standards,
	 * penalty legal bases), where a copy would not run.
	 * @return the generated process's key
	 */
	public String deployGenerated(String code) {
		String key = ItemProcessGenerator.processKey(code);
		ProcessDraft draft = this.context.getBean(ItemProcesses.class).save(code, true, "reform");
		ModelDeployments.Deployed deployed = this.context.getBean(ModelDeployments.class)
			.deploy(ResourceKind.BPMN, key, draft.draftNo(), "reform");
		assertThat(deployed.boundItem()).isEqualTo(code);
		assertThat(processKeyOf(code)).isEqualTo(key);
		this.bound.add(code);
		return key;
	}

	/** Changes a copy's approval chain and publishes the change. */
	public void changeChain(String code, List<String> chain) {
		ItemRequest current = this.catalog.findPublished(code).orElseThrow().toRequest();
		republish(current, current.processKey(),
				new ProcessParameters(chain, current.processParameters().jointDepartments()));
	}

	public String processKeyOf(String code) {
		return this.catalog.findPublished(code).orElseThrow().processKey();
	}

	/** Applies online as the demo applicant, for an enterprise; the new case's number. */
	public String apply(String itemCode) {
		ObjectNode body = JSON.createObjectNode();
		body.put("itemCode", itemCode);
		ObjectNode applicant = body.putObject("applicant");
		applicant.put("name", "示范县好味道餐饮有限公司");
		applicant.put("type", "ENTERPRISE");
		applicant.put("idNo", "91350000MA2XXXXX0B");
		applicant.put("phone", "13800000001");
		body.put("channel", "ONLINE");
		body.putObject("formData").put("description", "申请开办门店");
		Response created = HttpCaller.basic(this.port, "applicant", "demo").postJson("/api/cases", body.toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		this.caseNos.add(caseNo);
		return caseNo;
	}

	/** The process definition version a case runs on. */
	public int versionOf(String caseNo) {
		String definitionId = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseNo)
			.singleResult()
			.getProcessDefinitionId();
		return this.repository.getProcessDefinition(definitionId).getVersion();
	}

	/** The key of the process an instance runs (or ran) on. */
	public String processKeyOf(ProcessInstance instance) {
		return this.repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
	}

	/** The kinds of e-supervision's warnings on a case. */
	public List<String> warningsOf(String caseNo) {
		return this.context.getBean(JdbcTemplate.class)
			.queryForList("SELECT kind FROM supervision_warning WHERE case_no = ?", String.class, caseNo);
	}

	public String instanceOf(String caseNo) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
	}

	static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void cleanUp() {
		for (String caseNo : this.caseNos) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseNo)
				.list()
				.forEach((instance) -> ProcessInstances.deleteIfRunning(this.runtime, instance.getId(),
						"modeling test over"));
		}
		this.codes.forEach((code) -> this.catalog.retire(code, "admin"));
		for (String code : this.bound) {
			ItemRequest current = this.catalog.findPublished(code).orElseThrow().toRequest();
			republish(current, null, current.processParameters());
		}
		this.bound.clear();
	}

	private void republish(ItemRequest current, String processKey, ProcessParameters parameters) {
		this.catalog.update(current.code(),
				new ItemRequest(current.code(), current.name(), current.kind(), current.department(),
						current.parentCode(), current.elements(), current.statutoryLimit(), current.promisedLimit(),
						current.onTheSpot(), current.parallelApproval(), current.applicantTypes(),
						current.approvingLeaderRole(), current.reviewingSection(), current.handlers(), current.steps(),
						current.fees(), current.materials(), processKey, parameters),
				"admin");
		this.catalog.publish(current.code(), "admin");
	}

}
