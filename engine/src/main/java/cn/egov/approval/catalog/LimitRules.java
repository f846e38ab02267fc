package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Statutory and promised limits (element 10): each well formed, and the promise within
 * the law. Units are compared as they are only when that is safe: N calendar days never
 * hold more than N working days, so a promise in calendar days is checked against a
 * statutory limit in working days by value; the other way round no count of calendar days
 * is safe across holidays, so mixed units that way are refused.
 */
final class LimitRules {

	static final int MAX_DAYS = 1000;

	List<FieldProblem> check(ItemRequest item) {
		List<FieldProblem> problems = new ArrayList<>();
		boolean statutoryOk = checkOne("statutoryLimit", item.statutoryLimit(), item.onTheSpot(), problems);
		boolean promisedOk = checkOne("promisedLimit", item.promisedLimit(), item.onTheSpot(), problems);
		if (statutoryOk && promisedOk) {
			compare(item.statutoryLimit(), item.promisedLimit(), problems);
		}
		return problems;
	}

	/** Checks one limit; true when it is present and well formed. */
	private static boolean checkOne(String field, TimeLimit limit, Boolean onTheSpot, List<FieldProblem> problems) {
		if (limit == null || (limit.value() == null && limit.unit() == null)) {
			return false;
		}
		int before = problems.size();
		if (limit.value() == null) {
			problems.add(FieldProblem.of(field + ".value", "error.catalog.required"));
		}
		else if (limit.value() < 0 || limit.value() > MAX_DAYS) {
			problems.add(FieldProblem.of(field + ".value", "error.catalog.limit.range", 0, MAX_DAYS, limit.value()));
		}
		else if (limit.value() == 0 && !Boolean.TRUE.equals(onTheSpot)) {
			problems.add(FieldProblem.of(field + ".value", "error.catalog.limit.zero"));
		}
		Enums.check(field + ".unit", LimitUnit.class, limit.unit(), true, problems);
		return problems.size() == before;
	}

	private static void compare(TimeLimit statutory, TimeLimit promised, List<FieldProblem> problems) {
		LimitUnit statutoryUnit = LimitUnit.valueOf(statutory.unit());
		LimitUnit promisedUnit = LimitUnit.valueOf(promised.unit());
		if (statutoryUnit == LimitUnit.CALENDAR_DAYS && promisedUnit == LimitUnit.WORKING_DAYS) {
			problems.add(FieldProblem.of("promisedLimit.unit", "error.catalog.limit.units", days(promised),
					days(statutory)));
		}
		else if (promised.value() > statutory.value()) {
			problems.add(FieldProblem.of("promisedLimit", "error.catalog.limit.promised-exceeds", days(promised),
					days(statutory)));
		}
	}

	/** "20 个工作日" / "20 working days", worded when the answer is written. */
	static MessageSourceResolvable days(TimeLimit limit) {
		return new DefaultMessageSourceResolvable(new String[] { "error.catalog.unit." + limit.unit() },
				new Object[] { String.valueOf(limit.value()) }, limit.value() + " " + limit.unit());
	}

}
