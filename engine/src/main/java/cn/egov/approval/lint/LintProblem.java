package cn.egov.approval.lint;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/**
 * One finding of a rule on one element; a Camunda {@link Problem}, so that a refused
 * deployment shows it on the element in the desktop Modeler, like a parse error.
 *
 * @param rule the rule, e.g. {@code egov/item-legal-timers}
 * @param elementId the element it concerns (may be empty)
 * @param text what is wrong
 * @param category {@code error} or {@code warn}
 */
public record LintProblem(String rule, String elementId, String text, String category) implements Problem {

	public boolean isError() {
		return "error".equals(this.category);
	}

	@Override
	public String getMessage() {
		return "[" + this.rule + "] " + this.text;
	}

	@Override
	public int getLine() {
		return 0;
	}

	@Override
	public int getColumn() {
		return 0;
	}

	@Override
	public String getMainElementId() {
		return this.elementId;
	}

	@Override
	public List<String> getElementIds() {
		return (this.elementId == null || this.elementId.isEmpty()) ? List.of() : List.of(this.elementId);
	}

	/** One line for logs and messages: element, rule, text. */
	public String describe() {
		return ((this.elementId == null || this.elementId.isEmpty()) ? "-" : this.elementId) + " " + getMessage();
	}

	/** The shape the script answers in. */
	record Raw(String rule, String id, String message, String category) {

		LintProblem problem() {
			return new LintProblem(this.rule, (this.id != null) ? this.id : "", this.message, this.category);
		}

	}

}
