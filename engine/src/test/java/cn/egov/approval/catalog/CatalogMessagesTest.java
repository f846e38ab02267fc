package cn.egov.approval.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog message exists in both languages, and labels resolve with their
 * positions.
 */
class CatalogMessagesTest {

	@Test
	void shouldHaveEveryCatalogKeyInBothLanguages() throws IOException {
		assertThat(catalogKeys("messages_en.properties")).isEqualTo(catalogKeys("messages.properties"));
	}

	@Test
	void shouldWordAProblemWithItsLabelAndPlainNumbers() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		FieldProblem range = FieldProblem.of("materials[1].copies", "error.catalog.limit.range", 1, 99, 1000);
		FieldProblem exceeds = FieldProblem.of("promisedLimit", "error.catalog.limit.promised-exceeds",
				LimitRules.days(new TimeLimit(25, "WORKING_DAYS")), LimitRules.days(new TimeLimit(20, "WORKING_DAYS")));

		assertThat(messages.getMessage(range.messageKey(), range.messageArguments(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("第 2 项材料的份数应在 1 到 99 之间（当前为 1000）");
		assertThat(messages.getMessage(exceeds.messageKey(), exceeds.messageArguments(), Locale.ENGLISH))
			.isEqualTo("Promised limit (25 working days) must not exceed the statutory limit (20 working days)");
	}

	@Test
	void shouldLabelEveryFieldTheValidatorNames() throws IOException {
		Set<String> keys = catalogKeys("messages.properties");
		List<String> fields = List.of("code", "name", "kind", "department", "parentCode", "elements.legalBasis",
				"statutoryLimit.value", "promisedLimit.unit", "applicantTypes[0]", "approvingLeaderRole", "steps[0]",
				"fees[0].amount", "materials[0].blankForm", "materials", "processKey",
				"processParameters.approvalChain[0]", "file", "page", "size", "q", "status");

		assertThat(fields).allSatisfy((field) -> assertThat(keys).contains(FieldProblem.label(field).getCodes()[0]));
	}

	private static Set<String> catalogKeys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("error.catalog."))
			.collect(Collectors.toSet());
	}

}
