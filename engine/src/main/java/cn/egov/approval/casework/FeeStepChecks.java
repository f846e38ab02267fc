package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;

import cn.egov.approval.enforcement.EnforcementWindow;

/**
 * The checks of the fee steps' fields: a levy's assessment (quantity, any different
 * amount or exemption with its reason), a payment taken at the window (method and, except
 * for cash, the bank's reference) and the application to the court when a levy's demand
 * went unheeded (the court and the day, or the reason for not applying).
 */
final class FeeStepChecks {

	static final Set<String> WINDOW_METHODS = Set.of("CASH", "TRANSFER", "WIRE");

	/** The completion field naming the fee rows charged. */
	static final String FEES = "fees";

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

	/**
	 * The fee rows a deciding approval charges, when the item has more than one row with
	 * a fixed amount: they may be alternatives (住宅 or 非住宅), so the step names those that
	 * apply (their names, as a list or one a line). Puts them in {@code variables}.
	 */
	static void feeChoice(Item item, Object value, Map<String, Object> variables,
			List<CaseValidationException.Problem> problems) {
		List<String> rows = CaseNotices.payableFees(item).stream().map(Fee::name).toList();
		if (rows.size() <= 1) {
			return;
		}
		List<String> chosen = names(value);
		List<String> unknown = chosen.stream().filter((name) -> !rows.contains(name)).toList();
		if (chosen.isEmpty() || !unknown.isEmpty()) {
			problems.add(new CaseValidationException.Problem(FEES,
					chosen.isEmpty() ? "error.task.fees.required" : "error.task.fees.unknown",
					String.join("、", unknown), String.join("、", rows)));
			return;
		}
		variables.put(FEES, String.join("\n", chosen.stream().distinct().toList()));
	}

	private static List<String> names(Object value) {
		Stream<?> values = (value instanceof Collection<?> list) ? list.stream()
				: (present(value) ? Arrays.stream(value.toString().split("\n")) : Stream.empty());
		return values.filter(Objects::nonNull).map((v) -> v.toString().strip()).filter((v) -> !v.isEmpty()).toList();
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

	static void enforcement(String outcome, Map<String, Object> input, LocalDate today, EnforcementWindow window,
			Map<String, Object> variables, List<CaseValidationException.Problem> problems) {
		if ("NOT_APPLIED".equals(outcome)) {
			text(input, "notAppliedReason", 1000, "error.task.levy.not-applied-reason", problems);
			return;
		}
		text(input, "courtName", 200, "error.task.levy.court-name", problems);
		if (present(input.get("courtReference")) && input.get("courtReference").toString().strip().length() > 64) {
			problems.add(
					new CaseValidationException.Problem("courtReference", "error.task.too-long", "courtReference", 64));
		}
		LocalDate appliedOn = date(input.get("appliedOn"));
		if (appliedOn == null || appliedOn.isAfter(today)) {
			problems.add(new CaseValidationException.Problem("appliedOn", "error.task.levy.applied-on"));
		}
		else if (!window.admits(appliedOn)) {
			problems.add(new CaseValidationException.Problem("appliedOn", "error.task.levy.applied-on.outside-window",
					appliedOn.toString(), window.firstDay().toString(), window.lastDay().toString()));
		}
		else {
			variables.put("appliedOn", appliedOn.toString());
		}
	}

	/** A required text of at most {@code max} characters. */
	private static void text(Map<String, Object> input, String field, int max, String missing,
			List<CaseValidationException.Problem> problems) {
		if (!present(input.get(field))) {
			problems.add(new CaseValidationException.Problem(field, missing));
		}
		else if (input.get(field).toString().strip().length() > max) {
			problems.add(new CaseValidationException.Problem(field, "error.task.too-long", field, max));
		}
	}

	/**
	 * A day as the form's date field gives it (YYYY-MM-DD, perhaps with a time), or null.
	 */
	private static LocalDate date(Object value) {
		if (!present(value)) {
			return null;
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse((text.length() > 10) ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			return null;
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
