package cn.egov.approval.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of lint/ run inside the JVM (GraalJS) and judge as the build does: every
 * process the platform ships passes, a broken one fails naming rule and element.
 */
class BpmnLinterTest {

	static BpmnLinter linter;

	static LintSettings defaults;

	@BeforeAll
	static void startLinter() {
		linter = new BpmnLinter();
		defaults = new LintSettingsSource(null).defaults();
	}

	@AfterAll
	static void closeLinter() {
		linter.close();
	}

	@Test
	void shouldPassEveryShippedProcess() throws IOException {
		Resource[] processes = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
		assertThat(processes).hasSizeGreaterThanOrEqualTo(6);
		for (Resource process : processes) {
			long started = System.nanoTime();
			List<LintProblem> problems = linter.lint(read(process), defaults);
			System.out.printf("linted %s in %d ms%n", process.getFilename(), (System.nanoTime() - started) / 1_000_000);
			assertThat(problems).as(process.getFilename()).isEmpty();
		}
	}

	@Test
	void shouldNameRuleAndElementOfABrokenProcess() throws IOException {
		String standard = read(
				new PathMatchingResourcePatternResolver().getResource("classpath:processes/licensing-standard.bpmn"));
		String broken = standard.replace("id=\"StatutoryLimitReached\"", "id=\"StatutoryLimitGone\"")
			.replace("camunda:candidateGroups=\"${departmentCode}:leader\"",
					"camunda:candidateGroups=\"SFX-NOWHERE:leader\"");

		List<LintProblem> problems = linter.lint(broken, defaults);

		assertThat(problems).extracting(LintProblem::rule, LintProblem::elementId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("egov/item-legal-timers", "Handling"),
					org.assertj.core.groups.Tuple.tuple("egov/candidate-groups", "ApproveExtension"));
		assertThat(problems.get(0).getMessage())
			.startsWith("[egov/item-legal-timers] Item process lacks the statutory limit timer");
		assertThat(problems.get(1).getMessage()).contains("unknown department SFX-NOWHERE");
	}

	@Test
	void shouldReportUnreadableXmlAsAProblem() {
		List<LintProblem> problems = linter.lint("<bpmn:definitions", defaults);

		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.rule()).isEqualTo("bpmn-xml");
			assertThat(problem.isError()).isTrue();
		});
	}

	private static String read(Resource resource) throws IOException {
		return resource.getContentAsString(StandardCharsets.UTF_8);
	}

}
