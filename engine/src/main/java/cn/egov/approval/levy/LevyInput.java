package cn.egov.approval.levy;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the values the levy forms and the case's start leave in process variables. */
final class LevyInput {

	private LevyInput() {
	}

	static BigDecimal decimal(Object value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String caseNo(DelegateExecution execution) {
		return (String) execution.getVariable("caseNo");
	}

	/** Who completed the last step, or the system for the timers' steps. */
	static String actor(DelegateExecution execution) {
		Object actor = execution.getVariable("actor");
		return (actor != null) ? actor.toString() : "system";
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

}
