package cn.egov.approval.catalog;

import java.math.BigDecimal;

/** Rows of the tables below {@code cat_item_version}, each carrying its item's code. */
final class ChildRows {

	private ChildRows() {
	}

	record MaterialRow(String code, int seq, String name, String form, int copies, boolean required, String note,
			Long blankFormId, String blankFormFileName) {
	}

	record FeeRow(String code, int seq, String name, String standard, BigDecimal amount, String formula,
			String legalBasis) {
	}

	record StepRow(String code, int seq, String name) {
	}

	record ApplicantTypeRow(String code, String applicantType) {
	}

	record ParamRow(String code, String paramName, int seq, String paramValue) {
	}

}
