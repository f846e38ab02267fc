package cn.egov.approval.fees;

import java.time.LocalDateTime;

/**
 * One number of a receipt book that was used for a payment, voided with a reason, or
 * skipped.
 */
public record ReceiptNumber(String bookId, long numberValue, String receiptNo, String status, String paymentId,
		String reason, LocalDateTime recordedAt, String recordedBy) {

	static final String USED = "USED";

	static final String VOID = "VOID";

	static final String SKIPPED = "SKIPPED";

}
