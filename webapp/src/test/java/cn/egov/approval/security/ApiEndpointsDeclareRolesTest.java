package cn.egov.approval.security;

import java.util.List;

import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Every /api endpoint declares its roles": a new endpoint that forgets fails here, not
 * in production.
 */
@PlatformTest
class ApiEndpointsDeclareRolesTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void shouldDeclareRolesOnEveryApiEndpoint() {
		List<String> undeclared = this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey()
				.getPatternValues()
				.stream()
				.anyMatch((pattern) -> pattern.startsWith("/api/")))
			.filter((entry) -> !declaresRoles(entry.getValue()))
			.map((entry) -> entry.getKey().toString())
			.toList();

		assertThat(this.mappings.getHandlerMethods()).isNotEmpty();
		assertThat(undeclared).isEmpty();
	}

	private static boolean declaresRoles(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
	}

}
