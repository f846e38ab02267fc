package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import cn.egov.approval.fees.FeeLedger;
import cn.egov.approval.fees.FeeWindows;
import cn.egov.approval.fees.PaymentMethod;
import cn.egov.approval.penalty.PenaltyRecords.Payment;

import org.springframework.stereotype.Component;

/**
 * Where a fine payment is recorded: in the platform's one fee ledger (a fiscal receipt
 * from the recording officer's window's book, so it counts in the window's daily
 * settlement and the reconciliations) and on the penalty case. Nothing else in the
 * penalty feature writes payments.
 */
@Component
public class FinePayments {

	/** The ledger's fee name of a fine with its late surcharge (罚款、加处罚款). */
	static final String FINE = "罚款";

	private final PenaltyMapper mapper;

	private final PenaltyProperties properties;

	private final PenaltyClock clock;

	private final FeeLedger ledger;

	private final FeeWindows windows;

	FinePayments(PenaltyMapper mapper, PenaltyProperties properties, PenaltyClock clock, FeeLedger ledger,
			FeeWindows windows) {
		this.mapper = mapper;
		this.properties = properties;
		this.clock = clock;
		this.ledger = ledger;
		this.windows = windows;
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
		String paymentId = UUID.randomUUID().toString();
		if (due.total().signum() > 0) {
			String window = this.windows.windowOf(recordedBy, file.departmentCode()).code();
			paymentId = this.ledger
				.collectFine(new FeeLedger.Collection(file.caseNo(), file.departmentCode(), file.itemCode(),
						file.partyName(), FINE, due.total(), due.total(), false, ledgerMethod(method), reference, null,
						window, recordedBy))
				.paymentId();
		}
		Payment payment = new Payment(paymentId, file.caseNo(), due.fine(), due.surcharge(), this.clock.now(), method,
				reference, recordedBy);
		this.mapper.insertPayment(payment);
		this.mapper.setPaid(file.caseNo(), due.total(), payment.paidAt());
		return payment;
	}

	/**
	 * The ledger's payment method for the ways a party pays a fine: to the designated
	 * bank (APL 67, a wire to the non-tax account), by bank transfer, or online.
	 */
	private static PaymentMethod ledgerMethod(String method) {
		return switch (method) {
			case "BANK" -> PaymentMethod.WIRE;
			case "E_PAYMENT" -> PaymentMethod.E_PAYMENT;
			default -> PaymentMethod.TRANSFER;
		};
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
