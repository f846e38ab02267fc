package cn.egov.approval.catalog;

import java.util.List;

import cn.egov.approval.web.ApiMessages;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes the catalog's multi-problem errors. Ahead of the platform's general handler,
 * which would otherwise answer them as plain {@code {"error","message"}} without the
 * field list.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogErrorHandler {

	private static final String SEPARATOR_KEY = "error.catalog.separator";

	private final ApiMessages messages;

	CatalogErrorHandler(ApiMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CatalogValidationException.class)
	ResponseEntity<CatalogError> invalid(CatalogValidationException ex) {
		List<FieldError> fields = ex.problems().stream().map(this::fieldError).toList();
		String message = (fields.size() == 1) ? fields.get(0).message()
				: this.messages.get(ex.messageKey(), fields.size(), join(fields.stream().map(FieldError::message)));
		String field = (fields.size() == 1) ? fields.get(0).field() : null;
		return ResponseEntity.badRequest().body(new CatalogError("invalid", message, field, fields, null));
	}

	@ExceptionHandler(CatalogImportException.class)
	ResponseEntity<CatalogError> importInvalid(CatalogImportException ex) {
		List<RowError> rows = ex.problems()
			.stream()
			.map((problem) -> new RowError(problem.sheet(), problem.row(), problem.field(), text(problem.problem())))
			.toList();
		String message = this.messages.get(ex.messageKey(), rows.size());
		return ResponseEntity.badRequest().body(new CatalogError("import_invalid", message, null, null, rows));
	}

	private FieldError fieldError(FieldProblem problem) {
		return new FieldError(problem.field(), text(problem));
	}

	private String text(FieldProblem problem) {
		return this.messages.get(problem.messageKey(), problem.messageArguments());
	}

	private String join(java.util.stream.Stream<String> parts) {
		return String.join(this.messages.get(SEPARATOR_KEY), parts.toList());
	}

	/** The error body; absent parts are left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CatalogError(String error, String message, String field, List<FieldError> fieldErrors, List<RowError> rows) {
	}

	record FieldError(String field, String message) {
	}

	record RowError(String sheet, int row, String field, String message) {
	}

}
