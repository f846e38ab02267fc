package cn.egov.approval.supervision;

/**
 * The accountability measures a supervision card may close with (S1 Art 13, domain.md
 * §5), alone or combined.
 */
public enum CardMeasure {

	/** 诫勉谈话. */
	ADMONISHMENT_TALK("诫勉谈话"),
	/** 书面检查. */
	WRITTEN_SELF_CRITICISM("书面检查"),
	/** 通报批评. */
	CIRCULATED_CRITICISM("通报批评"),
	/** 停职检查. */
	SUSPENSION_PENDING_REVIEW("停职检查"),
	/** 调离岗位. */
	REASSIGNMENT("调离岗位"),
	/** 免职. */
	REMOVAL("免职"),
	/** 降职. */
	DEMOTION("降职"),
	/** 责令辞职. */
	ORDERED_RESIGNATION("责令辞职"),
	/** 党纪政纪处分. */
	PARTY_OR_ADMINISTRATIVE_DISCIPLINE("党纪政纪处分");

	private final String chineseName;

	CardMeasure(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The measure as a notice names it. */
	public String chineseName() {
		return this.chineseName;
	}

}
