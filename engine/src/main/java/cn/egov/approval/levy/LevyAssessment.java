package cn.egov.approval.levy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A levy case's assessment (核定): the quantity, the standard's amount, the amount assessed
 * and, when they differ or the case is exempted, the reason and the section head's
 * answer.
 *
 * @param overrideStatus null (at the standard), REQUESTED, APPROVED or REFUSED
 */
public record LevyAssessment(String caseNo, BigDecimal basisQuantity, Long unitCostFen, boolean exempt,
		long standardFen, long assessedFen, String ruleId, String overrideReason, String overrideStatus,
		String overrideBy, LocalDate payBy, LocalDateTime demandedAt, LocalDateTime assessedAt, String assessedBy) {

	static final String REQUESTED = "REQUESTED";

	static final String APPROVED = "APPROVED";

	static final String REFUSED = "REFUSED";

	boolean overridden() {
		return this.overrideStatus != null;
	}

}
