package cn.egov.approval.catalog;

/** Whether the applicant hands in the original, a copy, or both. */
public enum MaterialForm {

	ORIGINAL, COPY, ORIGINAL_AND_COPY

}
