package cn.egov.approval.fees;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One payment method of a window's day: receipts issued, money taken and money deposited,
 * which must all be equal (日结清).
 */
public record SettlementLine(String windowCode, LocalDate businessDay, String method, int receiptsCount,
		int voidedCount, long receiptsFen, long takenFen, long depositedFen, String depositReference,
		LocalDateTime settledAt, String settledBy) {

	/** Deposited minus taken: negative when money is missing from the deposit. */
	public long depositImbalanceFen() {
		return this.depositedFen - this.takenFen;
	}

	/**
	 * Receipts issued minus money taken: not zero when a receipt and its payment differ.
	 */
	public long receiptImbalanceFen() {
		return this.receiptsFen - this.takenFen;
	}

	boolean balanced() {
		return depositImbalanceFen() == 0 && receiptImbalanceFen() == 0;
	}

}
