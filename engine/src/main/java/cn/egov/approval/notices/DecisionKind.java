package cn.egov.approval.notices;

/**
 * The kind of act a decision notice records, which sets its title and wording: only a
 * licensing decision speaks of 行政许可 and cites the Licensing Law; a confirmation (行政确认,
 * e.g. a registration), another approval (非行政许可审批) or a service (公共服务 and the rest) must
 * not, because the Licensing Law does not govern them.
 */
public enum DecisionKind {

	/** 行政许可. */
	LICENSING("准予行政许可决定书", "不予行政许可决定书", "准予行政许可", "不予行政许可", "法定条件、标准", "被许可人", "许可", "许可证件",
			"被许可人应当在许可范围和有效期限内从事许可活动，依法接受监督检查。"),
	/** 行政确认 (registration, certification). */
	CONFIRMATION("准予确认（登记）决定书", "不予确认（登记）决定书", "予以确认（登记）", "不予确认（登记）", "法定条件", "申请人", "确认（登记）", "证件（证明）", null),
	/** 非行政许可审批. */
	APPROVAL("准予批准决定书", "不予批准决定书", "予以批准", "不予批准", "规定条件", "申请人", "批准", "批准文件", null),
	/** 公共服务 and other matters: a neutral result notice. */
	SERVICE("办理结果通知书", "不予办理通知书", "予以办理", "不予办理", "办理条件", "申请人", "办理", "办理结果", null);

	private final String approvalTitle;

	private final String refusalTitle;

	private final String grant;

	private final String refuse;

	private final String conditions;

	private final String partyLabel;

	private final String noun;

	private final String certificateLabel;

	private final String duty;

	DecisionKind(String approvalTitle, String refusalTitle, String grant, String refuse, String conditions,
			String partyLabel, String noun, String certificateLabel, String duty) {
		this.approvalTitle = approvalTitle;
		this.refusalTitle = refusalTitle;
		this.grant = grant;
		this.refuse = refuse;
		this.conditions = conditions;
		this.partyLabel = partyLabel;
		this.noun = noun;
		this.certificateLabel = certificateLabel;
		this.duty = duty;
	}

	public String approvalTitle() {
		return this.approvalTitle;
	}

	public String refusalTitle() {
		return this.refusalTitle;
	}

	/** 准予行政许可, 予以确认（登记）… */
	public String grant() {
		return this.grant;
	}

	/** 不予行政许可, 不予确认（登记）… */
	public String refuse() {
		return this.refuse;
	}

	/** 法定条件、标准 … */
	String conditions() {
		return this.conditions;
	}

	/** Who the decision is for: 被许可人 or 申请人. */
	String partyLabel() {
		return this.partyLabel;
	}

	/** Prefix of the field labels: 许可事项, 确认（登记）事项 … */
	String noun() {
		return this.noun;
	}

	String certificateLabel() {
		return this.certificateLabel;
	}

	/** What the licensee must do afterwards, or {@code null}. */
	String duty() {
		return this.duty;
	}

	/**
	 * The legal basis to cite: the item's own, and the Licensing Law's article only for a
	 * licensing decision.
	 * @param itemBasis the item's legal basis, or {@code null}
	 * @param licensingArticle the Licensing Law's article for this decision
	 * @return the basis as cited in the text
	 */
	String basis(String itemBasis, String licensingArticle) {
		if (this == LICENSING) {
			return Wording.basis(itemBasis, licensingArticle);
		}
		return (itemBasis == null || itemBasis.isBlank()) ? "有关法律、法规" : itemBasis;
	}

	/**
	 * The kind of decision for a catalog item's kind (see {@code catalog.ItemKind}).
	 * @param itemKind the item's kind, e.g. {@code LICENSING}, or {@code null}
	 * @return the decision kind; licensing when the kind is not given
	 */
	public static DecisionKind ofItemKind(String itemKind) {
		if (itemKind == null) {
			return LICENSING;
		}
		return switch (itemKind) {
			case "LICENSING" -> LICENSING;
			case "CONFIRMATION" -> CONFIRMATION;
			case "NON_LICENSING_APPROVAL" -> APPROVAL;
			default -> SERVICE;
		};
	}

}
