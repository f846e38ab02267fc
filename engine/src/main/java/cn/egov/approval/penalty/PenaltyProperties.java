package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Penalty settings ({@code platform.penalty.*}); the periods are those of APL 2021 and
 * domain.md §3, the legal bases one locality's table [P].
 *
 * @param statementWorkingDays the party's period to state, defend or ask for a hearing
 * after the prior notice (APL 63: 5 working days)
 * @param hearingNoticeWorkingDays how long before the hearing the party is told of it
 * (APL 64: 7 working days)
 * @param decisionLimitDays the decision limit from opening, calendar days (APL 60)
 * @param extensionDays how much the head may add to it
 * @param paymentDays the period to pay a fine, calendar days (APL 67)
 * @param surchargeRatePerDay the late-payment surcharge per day, capped at the fine (APL
 * 72)
 * @param filingWorkingDays within how many working days an on-the-spot decision is filed
 * with the agency (APL 52) [P]
 * @param legalBases the legal bases by code
 */
@ConfigurationProperties("platform.penalty")
public record PenaltyProperties(@DefaultValue("5") int statementWorkingDays,
		@DefaultValue("7") int hearingNoticeWorkingDays, @DefaultValue("90") int decisionLimitDays,
		@DefaultValue("30") int extensionDays, @DefaultValue("15") int paymentDays,
		@DefaultValue("0.03") BigDecimal surchargeRatePerDay, @DefaultValue("5") int filingWorkingDays,
		Map<String, LegalBasis> legalBases) {

	public PenaltyProperties {
		if (legalBases == null || legalBases.isEmpty()) {
			legalBases = DemoLegalBases.ALL;
		}
	}

	/**
	 * One provision a penalty rests on.
	 *
	 * @param citation the article as cited in documents
	 * @param itemCode the catalog's penalty item it belongs to
	 * @param violation what the party did, as the decision states it
	 * @param warningAllowed whether a warning alone is a penalty this provision allows
	 * @param fineByGoodsValue whether the fine is measured by the value of the goods
	 * @param simplifiedPersonMax the largest fine a citizen may get on the spot (APL 51)
	 * @param simplifiedOrganisationMax the largest fine an organisation may get on the
	 * spot
	 * @param hearingPersonThreshold the fine from which a citizen may ask for a hearing
	 * @param hearingOrganisationThreshold the fine from which an organisation may
	 */
	public record LegalBasis(String citation, String itemCode, String violation, boolean warningAllowed,
			boolean fineByGoodsValue, BigDecimal simplifiedPersonMax, BigDecimal simplifiedOrganisationMax,
			BigDecimal hearingPersonThreshold, BigDecimal hearingOrganisationThreshold) {

		BigDecimal simplifiedMax(PartyType party) {
			return (party == PartyType.PERSON) ? this.simplifiedPersonMax : this.simplifiedOrganisationMax;
		}

		BigDecimal hearingThreshold(PartyType party) {
			return (party == PartyType.PERSON) ? this.hearingPersonThreshold : this.hearingOrganisationThreshold;
		}

	}

}
