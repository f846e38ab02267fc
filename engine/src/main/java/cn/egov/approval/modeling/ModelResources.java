package cn.egov.approval.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The processes, decision tables and forms the workbench can open: what the engine has
 * deployed (latest version) and the files shipped in {@code processes/}, {@code dmn/} and
 * {@code forms/}.
 */
@Component
class ModelResources {

	/** Keys are ids: they reach the engine and file names, so nothing else passes. */
	static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,254}");

	private static final String[] FOLDERS = { "processes", "dmn", "forms" };

	private final RepositoryService repository;

	private final PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();

	ModelResources(RepositoryService repository) {
		this.repository = repository;
	}

	static String checkKey(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new ModelingException(HttpStatus.BAD_REQUEST, "error.modeling.key", String.valueOf(key));
		}
		return key;
	}

	/** The latest deployed content, or else the shipped file. */
	Optional<String> deployedOrShipped(ResourceKind kind, String key) {
		return deployed(kind, key).or(() -> shipped(kind, key));
	}

	Optional<String> deployed(ResourceKind kind, String key) {
		return switch (kind) {
			case BPMN -> latestProcess(key)
				.map((definition) -> read(definition.getDeploymentId(), definition.getResourceName()));
			case DMN -> Optional
				.ofNullable(this.repository.createDecisionDefinitionQuery()
					.decisionDefinitionKey(key)
					.latestVersion()
					.singleResult())
				.map((definition) -> read(definition.getDeploymentId(), definition.getResourceName()));
			case FORM -> Optional.empty();
		};
	}

	Optional<ProcessDefinition> latestProcess(String key) {
		return Optional.ofNullable(this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult());
	}

	Optional<String> shipped(ResourceKind kind, String key) {
		Resource file = this.files.getResource("classpath:" + folder(kind) + "/" + kind.resourceName(key));
		if (!file.exists()) {
			return Optional.empty();
		}
		try (InputStream in = file.getInputStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Everything the workbench lists: kind, key and name. */
	List<Listed> list() {
		TreeMap<String, Listed> all = new TreeMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery().latestVersion().list()) {
			all.put("BPMN:" + definition.getKey(),
					new Listed(ResourceKind.BPMN, definition.getKey(), definition.getName(), definition.getVersion()));
		}
		for (DecisionDefinition definition : this.repository.createDecisionDefinitionQuery().latestVersion().list()) {
			all.put("DMN:" + definition.getKey(),
					new Listed(ResourceKind.DMN, definition.getKey(), definition.getName(), definition.getVersion()));
		}
		for (String folder : FOLDERS) {
			for (Resource file : shippedFiles(folder)) {
				String name = file.getFilename();
				ResourceKind kind = kindOf(name);
				String key = name.substring(0, name.lastIndexOf('.'));
				all.putIfAbsent(kind + ":" + key, new Listed(kind, key, key, null));
			}
		}
		return new ArrayList<>(all.values());
	}

	private Resource[] shippedFiles(String folder) {
		try {
			return this.files.getResources("classpath*:" + folder + "/*.*");
		}
		catch (IOException ex) {
			return new Resource[0];
		}
	}

	private static ResourceKind kindOf(String fileName) {
		return ResourceKind.of(fileName.substring(fileName.lastIndexOf('.') + 1));
	}

	private static String folder(ResourceKind kind) {
		return switch (kind) {
			case BPMN -> "processes";
			case DMN -> "dmn";
			case FORM -> "forms";
		};
	}

	private String read(String deploymentId, String resourceName) {
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, resourceName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param kind BPMN, DMN or FORM
	 * @param key its key
	 * @param name its name
	 * @param deployedVersion the latest deployed version, null if never deployed
	 */
	record Listed(ResourceKind kind, String key, String name, Integer deployedVersion) {
	}

}
