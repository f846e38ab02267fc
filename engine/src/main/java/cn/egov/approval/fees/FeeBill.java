package cn.egov.approval.fees;

import java.math.BigDecimal;

/**
 * What a case owes, as its case file states it: the consolidated bill of the payment
 * notice (一单式收费).
 */
public record FeeBill(String caseNo, String departmentCode, String itemCode, int itemVersion, String itemName,
		String payerName, BigDecimal amount, String status) {
}
