package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import cn.egov.approval.penalty.DiscretionBenchmarks.Benchmark;
import cn.egov.approval.penalty.DiscretionBenchmarks.StatutoryRange;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import cn.egov.approval.penalty.PenaltyRequests.Party;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The rules a penalty must keep, checked where the officer enters it and again by the
 * process step that acts on it: the simplified procedure's limits (APL 51), the statutory
 * maximum and the benchmark band (APL 34), and no decision without the prior notice and
 * the statement period, nor heavier than notified (APL 45, 62).
 */
final class PenaltyRules {

	static final String WARNING = "WARNING";

	static final String FINE = "FINE";

	/** Statement periods that let a decision be made. */
	static final Set<String> STATEMENT_CLOSED = Set.of("WAIVED", "PASSED", "HEARD");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	private PenaltyRules() {
	}

	static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw invalid("error.penalty.field.required", field);
		}
		if (value.strip().length() > max) {
			throw invalid("error.penalty.field.too-long", field, max);
		}
		return value.strip();
	}

	static Party party(Party party) {
		if (party == null) {
			throw invalid("error.penalty.field.required", "party");
		}
		String type = text(party.type(), "party.type", 12);
		if (!Set.of("PERSON", "ORGANISATION").contains(type)) {
			throw invalid("error.penalty.party.type", type);
		}
		String idNo = text(party.idNo(), "party.idNo", 40).toUpperCase(Locale.ROOT);
		if (!(("PERSON".equals(type)) ? RESIDENT_ID : CREDIT_CODE).matcher(idNo).matches()) {
			throw invalid("error.penalty.party.id-no");
		}
		String phone = text(party.phone(), "party.phone", 20);
		if (!MOBILE.matcher(phone).matches()) {
			throw invalid("error.penalty.party.phone");
		}
		return new Party(text(party.name(), "party.name", 100), type, idNo, phone);
	}

	/** A warning only where the provision has one, a fine only as a positive amount. */
	static BigDecimal penalty(LegalBasis basis, String kind, BigDecimal fine) {
		if (WARNING.equals(kind)) {
			if (!basis.warningAllowed()) {
				throw invalid("error.penalty.warning.not-allowed", basis.citation());
			}
			return BigDecimal.ZERO;
		}
		if (!FINE.equals(kind)) {
			throw invalid("error.penalty.kind", String.valueOf(kind));
		}
		if (fine == null || fine.signum() <= 0 || fine.scale() > 2) {
			throw invalid("error.penalty.fine.amount");
		}
		return fine;
	}

	/**
	 * APL 51: on the spot only a warning, or a fine up to the provision's limit for the
	 * party (200 CNY for a citizen, 3,000 CNY for an organisation by default), and within
	 * the provision's statutory range: a fine below its minimum is a mitigated penalty
	 * (APL 32), which the general procedure decides.
	 * @param range the provision's statutory range, asked only for a fine
	 */
	static void simplified(LegalBasis basis, PartyType party, String kind, BigDecimal fine,
			Supplier<Optional<StatutoryRange>> range) {
		if (!FINE.equals(kind)) {
			return;
		}
		if (fine.compareTo(basis.simplifiedMax(party)) > 0) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "error.penalty.simplified.threshold",
					fine.toPlainString(), (party == PartyType.PERSON) ? "公民" : "法人或者其他组织",
					basis.simplifiedMax(party).toPlainString());
		}
		StatutoryRange statutory = range.get()
			.orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "error.penalty.simplified.no-range",
					basis.citation()));
		if (fine.compareTo(statutory.min()) < 0) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "error.penalty.simplified.below-minimum",
					fine.toPlainString(), basis.citation(), statutory.min().toPlainString());
		}
		if (fine.compareTo(statutory.max()) > 0) {
			throw invalid("error.penalty.fine.above-maximum", fine.toPlainString(), statutory.max().toPlainString());
		}
	}

	/**
	 * Never above the statutory maximum; outside the band (or below the minimum) only
	 * with a written reason, which the legal reviewer then reviews.
	 * @return whether the fine lies outside the band
	 */
	static boolean proposal(Benchmark benchmark, String kind, BigDecimal fine, String reason) {
		if (!FINE.equals(kind)) {
			return false;
		}
		if (fine.compareTo(benchmark.statutoryMax()) > 0) {
			throw invalid("error.penalty.fine.above-maximum", fine.toPlainString(),
					benchmark.statutoryMax().toPlainString());
		}
		boolean outside = !benchmark.inBand(fine);
		if (outside && (reason == null || reason.isBlank())) {
			throw invalid("error.penalty.fine.reason-required", benchmark.bandMin().toPlainString(),
					benchmark.bandMax().toPlainString());
		}
		return outside;
	}

	/** APL 62 and 45: the prior notice served, its period over, nothing heavier. */
	static void decision(PenaltyCase file, String kind, BigDecimal fine) {
		if (file.priorNoticeAt() == null) {
			throw conflict("error.penalty.decision.no-prior-notice");
		}
		if (!STATEMENT_CLOSED.contains(file.statementStatus())) {
			throw conflict("error.penalty.decision.statement-open", String.valueOf(file.statementDue()));
		}
		boolean heavierKind = WARNING.equals(file.notifiedKind()) && FINE.equals(kind);
		if (heavierKind || FINE.equals(kind) && fine.compareTo(file.notifiedFine()) > 0) {
			throw conflict("error.penalty.decision.heavier", PenaltyNoticeTexts.penalty(kind, fine),
					PenaltyNoticeTexts.penalty(file.notifiedKind(), file.notifiedFine()));
		}
	}

	/** Whether the notified penalty lets the party ask for a hearing. */
	static boolean hearingAvailable(LegalBasis basis, PenaltyCase file) {
		return FINE.equals(file.notifiedKind())
				&& file.notifiedFine().compareTo(basis.hearingThreshold(file.party())) >= 0;
	}

	static ApiException invalid(String key, Object... arguments) {
		return new ApiException(HttpStatus.BAD_REQUEST, key, arguments);
	}

	static ApiException conflict(String key, Object... arguments) {
		return new ApiException(HttpStatus.CONFLICT, key, arguments);
	}

}
