package cn.egov.approval.lint;

import java.util.List;

import cn.egov.approval.web.ApiMessages;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A deployment from a platform endpoint that the rules (or Camunda's own parser) refuse
 * is a 400 listing each problem with its resource, element and rule, so the workbench can
 * point at the element. {@code /engine-rest} answers Camunda's own way (its
 * ParseException body).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeploymentErrorHandler {

	private final ApiMessages messages;

	DeploymentErrorHandler(ApiMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ParseException.class)
	ResponseEntity<DeploymentError> refused(ParseException ex) {
		List<ProblemView> problems = ex.getResorceReports()
			.stream()
			.flatMap((report) -> report.getErrors().stream().map((problem) -> view(report, problem)))
			.toList();
		String listed = String.join("；", problems.stream().map(ProblemView::describe).toList());
		return ResponseEntity.badRequest()
			.body(new DeploymentError("process-refused", this.messages.get("error.lint.refused", listed), problems));
	}

	private static ProblemView view(ResourceReport report, Problem problem) {
		String rule = (problem instanceof LintProblem lint) ? lint.rule() : "camunda-parser";
		String message = (problem instanceof LintProblem lint) ? lint.text() : problem.getMessage();
		return new ProblemView(report.getResourceName(), problem.getMainElementId(), rule, message);
	}

	record DeploymentError(String error, String message, List<ProblemView> problems) {
	}

	record ProblemView(String resource, String elementId, String rule, String message) {

		String describe() {
			return this.resource + " " + ((this.elementId != null) ? this.elementId : "-") + " [" + this.rule + "] "
					+ this.message;
		}

	}

}
