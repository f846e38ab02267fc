package cn.egov.approval.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Materials, fees, steps and applicant types: each entry well formed, lists of sane size.
 */
final class ListRules {

	static final int MAX_MATERIALS = 100;

	static final int MAX_FEES = 50;

	static final int MAX_STEPS = 30;

	static final int MAX_CHAIN = 10;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	List<FieldProblem> check(ItemRequest item) {
		List<FieldProblem> problems = new ArrayList<>();
		checkSize("materials", item.materials(), MAX_MATERIALS, problems);
		checkSize("fees", item.fees(), MAX_FEES, problems);
		checkSize("steps", item.steps(), MAX_STEPS, problems);
		checkSize("processParameters.approvalChain", item.processParameters().approvalChain(), MAX_CHAIN, problems);
		for (int i = 0; i < item.materials().size(); i++) {
			checkMaterial("materials[" + i + "]", item.materials().get(i), problems);
		}
		for (int i = 0; i < item.fees().size(); i++) {
			checkFee("fees[" + i + "]", item.fees().get(i), problems);
		}
		for (int i = 0; i < item.steps().size(); i++) {
			checkText("steps[" + i + "]", item.steps().get(i), 100, problems);
		}
		checkApplicantTypes(item.applicantTypes(), problems);
		return problems;
	}

	private static void checkMaterial(String field, Material material, List<FieldProblem> problems) {
		if (material == null) {
			problems.add(FieldProblem.of(field + ".name", "error.catalog.required"));
			return;
		}
		checkText(field + ".name", material.name(), 200, problems);
		Enums.check(field + ".form", MaterialForm.class, material.form(), true, problems);
		if (material.copies() == null) {
			problems.add(FieldProblem.of(field + ".copies", "error.catalog.required"));
		}
		else if (material.copies() < 1 || material.copies() > 99) {
			problems.add(FieldProblem.of(field + ".copies", "error.catalog.limit.range", 1, 99, material.copies()));
		}
		Texts.checkLength(field + ".note", material.note(), 500, problems);
	}

	private static void checkFee(String field, Fee fee, List<FieldProblem> problems) {
		if (fee == null) {
			problems.add(FieldProblem.of(field + ".name", "error.catalog.required"));
			return;
		}
		checkText(field + ".name", fee.name(), 200, problems);
		Texts.checkLength(field + ".standard", fee.standard(), 1000, problems);
		Texts.checkLength(field + ".formula", fee.formula(), 1000, problems);
		Texts.checkLength(field + ".legalBasis", fee.legalBasis(), 1000, problems);
		BigDecimal amount = fee.amount();
		if (amount == null && ItemValidator.isBlank(fee.formula())) {
			problems.add(FieldProblem.of(field + ".amount", "error.catalog.fee.amount-or-formula"));
		}
		else if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
				|| amount.stripTrailingZeros().scale() > 2)) {
			problems.add(FieldProblem.of(field + ".amount", "error.catalog.fee.amount", amount.toPlainString()));
		}
	}

	private static void checkApplicantTypes(List<String> types, List<FieldProblem> problems) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < types.size(); i++) {
			String field = "applicantTypes[" + i + "]";
			Enums.check(field, ApplicantType.class, types.get(i), true, problems);
			if (types.get(i) != null && !seen.add(types.get(i))) {
				problems.add(FieldProblem.of(field, "error.catalog.duplicate", types.get(i)));
			}
		}
	}

	private static void checkText(String field, String value, int max, List<FieldProblem> problems) {
		if (ItemValidator.isBlank(value)) {
			problems.add(FieldProblem.of(field, "error.catalog.required"));
		}
		else {
			Texts.checkLength(field, value, max, problems);
		}
	}

	private static void checkSize(String field, List<?> list, int max, List<FieldProblem> problems) {
		if (list.size() > max) {
			problems.add(FieldProblem.of(field, "error.catalog.list.too-long", max, list.size()));
		}
	}

}
