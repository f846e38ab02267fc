package cn.egov.approval.levy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.egov.approval.fees.FeeDues;
import cn.egov.approval.fees.Money;

import org.springframework.stereotype.Component;

/**
 * What a levy case owes on a day: the assessed principal, plus the late surcharge for
 * each calendar day past the payment period, never more than the principal (ACL 45).
 */
@Component
class LevySurcharges implements FeeDues {

	private final LevyMapper mapper;

	private final LevyProperties properties;

	LevySurcharges(LevyMapper mapper, LevyProperties properties) {
		this.mapper = mapper;
		this.properties = properties;
	}

	@Override
	public Optional<BigDecimal> due(String caseNo, LocalDate day) {
		return this.mapper.find(caseNo).filter((assessment) -> assessment.payBy() != null).map((assessment) -> {
			BigDecimal principal = Money.yuan(assessment.assessedFen());
			return principal.add(surcharge(principal, assessment.payBy(), day, this.properties.surchargeRatePerDay()));
		});
	}

	/**
	 * @param principal the amount assessed
	 * @param payBy the last day of the payment period
	 * @param day the day of payment
	 * @param ratePerDay the fraction of the principal per day late
	 * @return the surcharge, to the fen, at most the principal
	 */
	static BigDecimal surcharge(BigDecimal principal, LocalDate payBy, LocalDate day, BigDecimal ratePerDay) {
		long late = Math.max(0, ChronoUnit.DAYS.between(payBy, day));
		BigDecimal surcharge = principal.multiply(ratePerDay)
			.multiply(BigDecimal.valueOf(late))
			.setScale(2, RoundingMode.HALF_UP);
		return surcharge.min(principal);
	}

}
