package cn.egov.approval.fees;

import java.time.LocalDate;

/** A credit line of an imported bank statement. */
public record BankLine(String importId, int lineNo, LocalDate valueDate, long amountFen, String reference,
		String counterparty) {
}
