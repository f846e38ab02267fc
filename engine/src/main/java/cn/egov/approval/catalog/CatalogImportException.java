package cn.egov.approval.catalog;

import java.util.List;

import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An import refused as a whole, with every bad row. {@link CatalogErrorHandler} writes it
 * as
 * {@code {"error":"import_invalid","message","rows":[{"sheet","row","field","message"}]}}.
 */
public class CatalogImportException extends ApiException {

	private final transient List<ImportProblem> problems;

	public CatalogImportException(List<ImportProblem> problems) {
		super(HttpStatus.BAD_REQUEST, "error.catalog.import.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
