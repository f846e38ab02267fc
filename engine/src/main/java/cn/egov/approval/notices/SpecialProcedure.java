package cn.egov.approval.notices;

/** The special procedures whose time is not counted in the licensing limits (ALL 45). */
public enum SpecialProcedure {

	HEARING("听证"), BIDDING("招标"), AUCTION("拍卖"), INSPECTION("检验"), TESTING("检测"), QUARANTINE("检疫"), APPRAISAL("鉴定"),
	EXPERT_REVIEW("专家评审");

	private final String chineseName;

	SpecialProcedure(String chineseName) {
		this.chineseName = chineseName;
	}

	/**
	 * Returns the procedure's name in the notice.
	 * @return e.g. 听证
	 */
	public String chineseName() {
		return this.chineseName;
	}

}
