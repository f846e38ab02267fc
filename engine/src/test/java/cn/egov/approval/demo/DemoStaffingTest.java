package cn.egov.approval.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo item can be worked through with the demo logins: a case whose step belongs
 * to a role nobody in the department holds waits on nobody's to-do list until it is
 * overdue.
 */
class DemoStaffingTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldStaffEveryRoleTheDemoItemsNeed() throws IOException {
		Map<String, Set<String>> roles = new HashMap<>();
		for (JsonNode user : read("demo/organisation.json").get("users")) {
			if (!user.get("department").isNull()) {
				Set<String> held = roles.computeIfAbsent(user.get("department").asText(), (code) -> new HashSet<>());
				user.get("roles").forEach((role) -> held.add(role.asText()));
			}
		}
		List<String> unstaffed = new ArrayList<>();
		for (JsonNode item : read("demo/catalog.json").get("items")) {
			String department = item.get("department").get("code").asText();
			JsonNode parameters = item.path("processParameters");
			Set<String> needed = new HashSet<>(Set.of("leader"));
			parameters.path("approvalChain").forEach((role) -> needed.add(role.asText()));
			for (String role : needed) {
				if (!roles.getOrDefault(department, Set.of()).contains(role)) {
					unstaffed.add(item.get("code").asText() + ": " + department + ":" + role);
				}
			}
			for (JsonNode joint : parameters.path("jointDepartments")) {
				String co = joint.get("code").asText();
				if (!roles.getOrDefault(co, Set.of()).contains("handler")) {
					unstaffed.add(item.get("code").asText() + ": " + co + ":handler");
				}
			}
		}
		assertThat(unstaffed).isEmpty();
	}

	private JsonNode read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return this.json.readTree(in);
		}
	}

}
