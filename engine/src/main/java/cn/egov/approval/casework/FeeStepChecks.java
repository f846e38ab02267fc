package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of the fee steps' fields: a levy's assessment (quantity, any different
 * amount or exemption with its reason) and a payment taken at the window (method and,
 * except for cash, the bank's reference).
 */
final class FeeStepChecks {

	static final Set<String> WINDOW_METHODS = Set.of("CASH", "TRANSFER", "WIRE");

	private FeeStepChecks() {
	}

	static void assessment(Map<String, Object> input, List<CaseValidationException.Problem> problems) {
		BigDecimal quantity = amount(input.get("quantity"));
		if (quantity == null || quantity.signum() <= 0) {
			problems.add(new CaseValidationException.Problem("quantity", "error.task.levy.quantity"));
		}
		for (String field : List.of("unitCost", "amount")) {
			if (present(input.get(field)) && amount(input.get(field)) == null) {
				problems.add(new CaseValidationException.Problem(field, "error.task.levy.amount"));
			}
		}
		boolean exempt = "true".equals(String.valueOf(input.get("exempt")));
		if ((exempt || present(input.get("amount"))) && !present(input.get("overrideReason"))) {
			problems.add(new CaseValidationException.Problem("overrideReason", "error.task.levy.reason"));
		}
		if (present(input.get("overrideReason")) && input.get("overrideReason").toString().length() > 1000) {
			problems.add(new CaseValidationException.Problem("overrideReason", "error.task.too-long", "overrideReason",
					1000));
		}
	}

	static void payment(Map<String, Object> input, List<CaseValidationException.Problem> problems) {
		String method = present(input.get("paymentMethod")) ? input.get("paymentMethod").toString() : "CASH";
		if (!WINDOW_METHODS.contains(method)) {
			problems.add(new CaseValidationException.Problem("paymentMethod", "error.task.payment-method"));
		}
		else if (!"CASH".equals(method) && !present(input.get("paymentReference"))) {
			problems.add(new CaseValidationException.Problem("paymentReference", "error.task.payment-reference"));
		}
		if (present(input.get("paymentReference")) && input.get("paymentReference").toString().length() > 64) {
			problems.add(new CaseValidationException.Problem("paymentReference", "error.task.too-long",
					"paymentReference", 64));
		}
	}

	/** A non-negative amount with at most two decimals, or null. */
	private static BigDecimal amount(Object value) {
		if (!present(value)) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.toString().strip());
			return (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() <= 14) ? amount : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean present(Object value) {
		return value != null && !value.toString().isBlank();
	}

}
