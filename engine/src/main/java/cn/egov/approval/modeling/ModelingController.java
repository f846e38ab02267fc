package cn.egov.approval.modeling;

import java.util.List;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/modeling}: the reform office's workbench (and administrators'): item
 * processes generated from the catalog, drafts, validation, deployment, versions and
 * migration of running cases.
 */
@RestController
@RequestMapping("/api/modeling")
@PreAuthorize(ModelingController.MODELERS)
class ModelingController {

	static final String MODELERS = "hasAnyRole('REFORM_OFFICE','ADMIN')";

	private final ModelResources resources;

	private final ModelDrafts drafts;

	private final ModelValidation validation;

	private final ModelDeployments deployments;

	private final ItemProcesses items;

	private final ProcessVersions versions;

	ModelingController(ModelResources resources, ModelDrafts drafts, ModelValidation validation,
			ModelDeployments deployments, ItemProcesses items, ProcessVersions versions) {
		this.resources = resources;
		this.drafts = drafts;
		this.validation = validation;
		this.deployments = deployments;
		this.items = items;
		this.versions = versions;
	}

	@GetMapping("/resources")
	List<ModelResources.Listed> resources() {
		return this.resources.list();
	}

	@GetMapping("/items/{code}/generated")
	ItemProcesses.Generated generated(@PathVariable String code) {
		return this.items.preview(code);
	}

	@PostMapping("/items/{code}/generated")
	ResponseEntity<ProcessDraft> saveGenerated(@PathVariable String code,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.items.save(code, confirm, user.getUsername()));
	}

	@GetMapping("/{kind}/{key}")
	ModelDrafts.Opened open(@PathVariable String kind, @PathVariable String key) {
		return this.drafts.open(ResourceKind.of(kind), key);
	}

	@GetMapping("/{kind}/{key}/drafts")
	List<ProcessDraft> drafts(@PathVariable String kind, @PathVariable String key) {
		return this.drafts.list(ResourceKind.of(kind), key);
	}

	@GetMapping("/{kind}/{key}/drafts/{draftNo}")
	ProcessDraft draft(@PathVariable String kind, @PathVariable String key, @PathVariable int draftNo) {
		return this.drafts.get(ResourceKind.of(kind), key, draftNo);
	}

	@PostMapping("/{kind}/{key}/drafts")
	ResponseEntity<ProcessDraft> save(@PathVariable String kind, @PathVariable String key,
			@RequestBody ModelDrafts.SaveRequest request, @AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.drafts.save(ResourceKind.of(kind), key, request, user.getUsername()));
	}

	@PostMapping("/{kind}/{key}/validate")
	Map<String, Object> validate(@PathVariable String kind, @PathVariable String key,
			@RequestBody ModelDrafts.SaveRequest request) {
		ModelResources.checkKey(key);
		String content = (request != null && request.content() != null) ? request.content() : "";
		List<String> problems = this.validation.problems(ResourceKind.of(kind), key, content);
		return Map.of("valid", problems.isEmpty(), "problems", problems);
	}

	@PostMapping("/{kind}/{key}/drafts/{draftNo}/deploy")
	ModelDeployments.Deployed deploy(@PathVariable String kind, @PathVariable String key, @PathVariable int draftNo,
			@AuthenticationPrincipal PlatformUser user) {
		return this.deployments.deploy(ResourceKind.of(kind), key, draftNo, user.getUsername());
	}

	@GetMapping("/bpmn/{key}/versions")
	List<ProcessVersions.Version> versions(@PathVariable String key) {
		return this.versions.versions(key);
	}

	@GetMapping("/bpmn/{key}/migration")
	List<ProcessVersions.SourceReport> migrationPlan(@PathVariable String key, @RequestParam int target) {
		return this.versions.plan(key, target);
	}

	@PostMapping("/bpmn/{key}/migration")
	Map<String, Integer> migrate(@PathVariable String key, @RequestBody MigrationRequest request) {
		if (request == null || request.targetVersion() == null) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.migration.target");
		}
		return Map.of("migrated", this.versions.migrate(key, request.targetVersion(), request.instanceIds()));
	}

	/**
	 * @param targetVersion the version to move to
	 * @param instanceIds the process instances to move
	 */
	record MigrationRequest(Integer targetVersion, List<String> instanceIds) {
	}

}
