package cn.egov.approval.catalog;

/** Who may apply for an item (the item survey's 个人类 / 企业类). */
public enum ApplicantType {

	PERSON, ENTERPRISE

}
