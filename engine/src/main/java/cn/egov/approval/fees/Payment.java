package cn.egov.approval.fees;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A ledger entry: money taken for a case's fee, with its fiscal receipt. */
public record Payment(String id, String caseNo, String departmentCode, String itemCode, String payerName,
		String feeName, long dueFen, long amountFen, String method, String reference, String windowCode,
		String receiptNo, String status, LocalDate businessDay, LocalDateTime paidAt, String recordedBy,
		LocalDateTime voidedAt, String voidedBy, String voidReason) {

	static final String PAID = "PAID";

	static final String VOID = "VOID";

	boolean paid() {
		return PAID.equals(this.status);
	}

}
