package cn.egov.approval.satisfaction;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionLevelTest {

	@Test
	void shouldReadALevelByCodeOrByItsChineseName() {
		assertThat(SatisfactionLevel.parse("满意")).contains(SatisfactionLevel.SATISFIED);
		assertThat(SatisfactionLevel.parse(" very_dissatisfied ")).contains(SatisfactionLevel.VERY_DISSATISFIED);
		assertThat(SatisfactionLevel.parse("非常不满意")).contains(SatisfactionLevel.VERY_DISSATISFIED);
		assertThat(SatisfactionLevel.parse("还行")).isEmpty();
		assertThat(SatisfactionLevel.parse(null)).isEmpty();
	}

	@Test
	void shouldCallOnlyTheTwoLowestLevelsBad() {
		assertThat(SatisfactionLevel.values()).filteredOn(SatisfactionLevel::isBad)
			.containsExactly(SatisfactionLevel.DISSATISFIED, SatisfactionLevel.VERY_DISSATISFIED);
	}

	@Test
	void shouldHaveEveryComplaintAndRatingMessageInBothLanguages() throws IOException {
		Set<String> chinese = keys("messages.properties");
		assertThat(chinese).contains("error.rating.already", "error.complaint.reason");
		assertThat(keys("messages_en.properties")).isEqualTo(chinese);
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("error.rating.") || key.startsWith("error.complaint."))
			.collect(Collectors.toSet());
	}

}
