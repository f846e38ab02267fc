package cn.egov.approval.fees;

import java.time.LocalDateTime;

/**
 * A book of fiscal receipts (票据) issued to a window (领), used in order (用), handed in (缴)
 * and written off (销).
 */
public record ReceiptBook(String id, String windowCode, String series, long firstNo, long lastNo, long nextNo,
		String status, LocalDateTime issuedAt, String issuedBy, LocalDateTime handedInAt, String handedInBy,
		LocalDateTime writtenOffAt, String writtenOffBy) {

	static final String ISSUED = "ISSUED";

	static final String HANDED_IN = "HANDED_IN";

	static final String WRITTEN_OFF = "WRITTEN_OFF";

	static String receiptNo(String series, long number) {
		return series + String.format("%08d", number);
	}

	boolean exhausted() {
		return this.nextNo > this.lastNo;
	}

}
