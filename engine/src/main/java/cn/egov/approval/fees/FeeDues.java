package cn.egov.approval.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a case type says a case owes on a day when that is more than its bill, e.g. a levy
 * with its late surcharge. Without an answer the case file's bill applies.
 */
public interface FeeDues {

	/**
	 * @param caseNo the case
	 * @param day the day of payment
	 * @return the amount due in yuan, or empty when this case type does not know the case
	 */
	Optional<BigDecimal> due(String caseNo, LocalDate day);

}
