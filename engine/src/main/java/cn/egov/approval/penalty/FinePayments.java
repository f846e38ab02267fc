package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.egov.approval.penalty.PenaltyRecords.Payment;

import org.springframework.stereotype.Component;

/**
 * Where a fine payment is recorded: on the penalty case for now. This is the one seam the
 * platform's fee ledger (receipt books, settlement) takes over, so nothing else in the
 * penalty feature writes payments.
 */
@Component
public class FinePayments {

	private final PenaltyMapper mapper;

	private final PenaltyProperties properties;

	private final PenaltyClock clock;

	FinePayments(PenaltyMapper mapper, PenaltyProperties properties, PenaltyClock clock) {
		this.mapper = mapper;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What a party owes on a day: the fine and, past the payment period, 3 % of it a day,
	 * never more than the fine itself (APL 72).
	 */
	Due due(PenaltyCase file, LocalDate day) {
		BigDecimal fine = file.fine();
		long late = (file.paymentDue() != null) ? Math.max(0, ChronoUnit.DAYS.between(file.paymentDue(), day)) : 0;
		BigDecimal surcharge = fine.multiply(this.properties.surchargeRatePerDay())
			.multiply(BigDecimal.valueOf(late))
			.min(fine)
			.setScale(2, RoundingMode.HALF_UP);
		return new Due(fine.setScale(2, RoundingMode.HALF_UP), surcharge);
	}

	/**
	 * Records the payment of everything due today.
	 * @return the payment as recorded
	 */
	Payment record(PenaltyCase file, String method, String reference, String recordedBy) {
		Due due = due(file, this.clock.today());
		Payment payment = new Payment(UUID.randomUUID().toString(), file.caseNo(), due.fine(), due.surcharge(),
				this.clock.now(), method, reference, recordedBy);
		this.mapper.insertPayment(payment);
		this.mapper.setPaid(file.caseNo(), due.total(), payment.paidAt());
		return payment;
	}

	/**
	 * @param fine the fine
	 * @param surcharge the late-payment surcharge so far
	 */
	record Due(BigDecimal fine, BigDecimal surcharge) {

		BigDecimal total() {
			return this.fine.add(this.surcharge);
		}

	}

}
