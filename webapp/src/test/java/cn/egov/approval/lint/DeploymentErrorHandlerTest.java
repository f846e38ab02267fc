package cn.egov.approval.lint;

import java.util.List;

import cn.egov.approval.web.ApiMessages;
import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A platform endpoint whose deployment the rules refuse answers 400 naming resource,
 * element and rule.
 */
class DeploymentErrorHandlerTest {

	@RestController
	static class DeployingController {

		@PostMapping("/api/test/deploy")
		void deploy() {
			throw new ParseException("refused", "item.bpmn", List.of(new LintProblem("egov/item-legal-timers",
					"Handling", "Item process lacks the statutory limit timer", "error")), List.of());
		}

	}

	@Test
	void shouldAnswer400WithEachProblem() throws Exception {
		ResourceBundleMessageSource messageSource = new ResourceBundleMessageSource();
		messageSource.setBasename("messages");
		messageSource.setDefaultEncoding("UTF-8");
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new DeployingController())
			.setControllerAdvice(new DeploymentErrorHandler(new ApiMessages(messageSource)))
			.build();

		mvc.perform(post("/api/test/deploy").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("process-refused"))
			.andExpect(jsonPath("$.problems[0].resource").value("item.bpmn"))
			.andExpect(jsonPath("$.problems[0].elementId").value("Handling"))
			.andExpect(jsonPath("$.problems[0].rule").value("egov/item-legal-timers"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(
					"item.bpmn Handling [egov/item-legal-timers] Item process lacks the statutory limit timer")));
	}

}
