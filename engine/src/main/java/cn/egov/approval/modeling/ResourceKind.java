package cn.egov.approval.modeling;

import java.util.Locale;

/** What the workbench edits, with the file suffix the engine deploys it under. */
public enum ResourceKind {

	BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

	private final String suffix;

	ResourceKind(String suffix) {
		this.suffix = suffix;
	}

	/** {@code licensing-review.form}: the name a deployment resource gets. */
	public String resourceName(String key) {
		return key + this.suffix;
	}

	/** The kind of a path segment ({@code bpmn}, {@code dmn}, {@code form}). */
	static ResourceKind of(String segment) {
		try {
			return valueOf(segment.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ModelingException(org.springframework.http.HttpStatus.NOT_FOUND, "error.modeling.kind", segment);
		}
	}

}
