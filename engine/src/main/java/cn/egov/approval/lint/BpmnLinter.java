package cn.egov.approval.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.egov.approval.audit.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs the bpmnlint rules of {@code lint/} (the very files the build runs, bundled by
 * esbuild) inside the JVM with GraalJS. The script gets no host access, no I/O and no
 * threads. One context, created at the first lint, serves all calls in turn: deployments
 * are rare, and the interpreter's warm-up is paid once. Results are remembered per
 * document and settings, so a resource is linted once.
 */
@Component
public class BpmnLinter {

	/** Where the lint module puts the bundle (lint/pom.xml). */
	public static final String BUNDLE = "cn/egov/approval/lint/egov-lint.js";

	private static final Logger log = LoggerFactory.getLogger(BpmnLinter.class);

	private static final int REMEMBERED = 256;

	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	private final Map<String, List<LintProblem>> remembered = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, List<LintProblem>> eldest) {
			return size() > REMEMBERED;
		}

	};

	private Context context;

	/**
	 * Lints one BPMN document.
	 * @param xml the document
	 * @param settings what the rules check against
	 * @return the problems, errors first
	 */
	public synchronized List<LintProblem> lint(String xml, LintSettings settings) {
		String settingsJson = write(settings);
		String key = Sha256.hex((settingsJson + '\u0000' + xml).getBytes(StandardCharsets.UTF_8));
		List<LintProblem> known = this.remembered.get(key);
		if (known != null) {
			return known;
		}
		List<LintProblem> problems = run(xml, settingsJson);
		this.remembered.put(key, problems);
		return problems;
	}

	private List<LintProblem> run(String xml, String settingsJson) {
		Value bindings = context().getBindings("js");
		bindings.getMember("egovLintStart").execute(xml, settingsJson);
		Value outcome = bindings.getMember("egovLintOutcome").execute();
		if (outcome.isNull()) {
			throw new IllegalStateException("bpmnlint did not finish");
		}
		try {
			JsonNode result = this.json.readTree(outcome.asString());
			if (result.has("failure")) {
				throw new IllegalStateException("bpmnlint failed: " + result.get("failure").asText());
			}
			return List.of(this.json.treeToValue(result.get("problems"), LintProblem.Raw[].class))
				.stream()
				.map(LintProblem.Raw::problem)
				.toList();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("bpmnlint answered no JSON", ex);
		}
	}

	private Context context() {
		if (this.context == null) {
			// No runtime compilation on a stock JDK: the interpreter is fast enough for a
			// few
			// documents, and the warning would only alarm operators.
			Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
			this.context = Context.newBuilder("js")
				.engine(engine)
				.allowHostAccess(HostAccess.NONE)
				.allowIO(false)
				.allowCreateThread(false)
				.build();
			long started = System.nanoTime();
			this.context.eval(Source.create("js", readBundle()));
			log.info("bpmnlint rules loaded into GraalJS in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		return this.context;
	}

	private static String readBundle() {
		try (InputStream in = BpmnLinter.class.getClassLoader().getResourceAsStream(BUNDLE)) {
			if (in == null) {
				throw new IllegalStateException(
						BUNDLE + " is missing: build the lint module (./mvnw install -pl lint)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String write(LintSettings settings) {
		try {
			return this.json.writeValueAsString(settings);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@PreDestroy
	synchronized void close() {
		if (this.context != null) {
			Engine engine = this.context.getEngine();
			this.context.close(true);
			engine.close(true);
			this.context = null;
		}
	}

}
