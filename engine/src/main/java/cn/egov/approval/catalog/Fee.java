package cn.egov.approval.catalog;

import java.math.BigDecimal;

/**
 * A fee an item charges (element 11): a fixed amount or a formula, at the published
 * standard, on a legal basis.
 */
public record Fee(String name, String standard, BigDecimal amount, String formula, String legalBasis) {
}
