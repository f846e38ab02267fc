package cn.egov.approval.catalog;

/** The kinds of administrative power an item belongs to. */
public enum ItemKind {

	/** 行政许可. */
	LICENSING,
	/** 非行政许可审批. */
	NON_LICENSING_APPROVAL,
	/** 公共服务. */
	PUBLIC_SERVICE,
	/** 行政征收. */
	LEVY,
	/** 行政处罚. */
	PENALTY,
	/** 行政确认. */
	CONFIRMATION,
	/** 其他行政权力. */
	OTHER;

	/**
	 * Kinds whose case starts from the agency rather than from an applicant's materials
	 * (a levy is assessed, a penalty is investigated), so a published item may list none.
	 */
	boolean needsMaterials() {
		return this != LEVY && this != PENALTY;
	}

}
