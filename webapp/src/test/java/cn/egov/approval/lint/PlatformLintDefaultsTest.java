package cn.egov.approval.lint;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.egov.approval.notices.NoticeType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build lints processes/ with
 * lint/bpmnlint-plugin-egov/config/platform-defaults.json; it must name the roles of
 * accounts/Role.java, the demo organisation's departments and every notice type constant,
 * or the build and the running platform judge differently. When this fails, update the
 * JSON.
 */
class PlatformLintDefaultsTest {

	private final LintSettings defaults = new LintSettingsSource(null).defaults();

	@Test
	void shouldNameEveryStaffRole() {
		assertThat(this.defaults.roles()).containsExactlyInAnyOrderElementsOf(LintSettingsSource.staffRoles());
	}

	@Test
	void shouldNameEveryDemoDepartment() throws IOException {
		List<String> demo = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/demo/organisation.json")) {
			new ObjectMapper().readTree(in).get("departments").forEach((department) -> demo.add(code(department)));
		}
		assertThat(this.defaults.departments()).containsExactlyInAnyOrderElementsOf(demo);
	}

	@Test
	void shouldNameEveryNoticeTypeAndRequireOnlyKnownOnes() throws ClassNotFoundException {
		assertThat(this.defaults.notices()).containsExactlyInAnyOrderElementsOf(noticeConstants());
		assertThat(this.defaults.outcomes().values().stream().flatMap(Collection::stream))
			.isSubsetOf(this.defaults.notices());
		assertThat(this.defaults.outcomes()).containsKeys("approved", "refused", "not-accepted", "withdrawn");
	}

	/**
	 * The constant names of every enum implementing NoticeType, wherever a feature
	 * declares one.
	 */
	private static List<String> noticeConstants() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(NoticeType.class));
		List<String> names = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("cn.egov.approval")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					names.add(((Enum<?>) constant).name());
				}
			}
		}
		assertThat(names).as("notice type enums found").contains("APPROVAL", "ORDER");
		return names;
	}

	private static String code(JsonNode department) {
		return department.get("code").asText();
	}

}
