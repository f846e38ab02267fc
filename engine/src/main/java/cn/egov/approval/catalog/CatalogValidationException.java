package cn.egov.approval.catalog;

import java.util.List;

import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A request the catalog refuses, with every problem found in it, so that the editor can
 * mark all the fields at once. {@link CatalogErrorHandler} writes it as
 * {@code {"error":"invalid","message","field"?,"fieldErrors":[{"field","message"}]}}.
 */
public class CatalogValidationException extends ApiException {

	private final transient List<FieldProblem> problems;

	public CatalogValidationException(List<FieldProblem> problems) {
		super(HttpStatus.BAD_REQUEST, "error.catalog.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	public static CatalogValidationException of(String field, String messageKey, Object... arguments) {
		return new CatalogValidationException(List.of(FieldProblem.of(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
