package cn.egov.approval.fees;

import java.math.BigDecimal;

/**
 * Published in the paying transaction when the ledger takes money for a case, so that the
 * case's process moves on (a levy waits for it).
 *
 * @param caseNo the case
 * @param paymentId the ledger entry
 * @param receiptNo the fiscal receipt number
 * @param amount the amount in yuan
 * @param method how it was paid
 * @param actor who recorded it
 */
public record FeeCollected(String caseNo, String paymentId, String receiptNo, BigDecimal amount, PaymentMethod method,
		String actor) {
}
