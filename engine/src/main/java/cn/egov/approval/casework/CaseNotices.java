package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.Material;
import cn.egov.approval.notices.AcceptanceNotice;
import cn.egov.approval.notices.ApprovalDecision;
import cn.egov.approval.notices.CorrectionNotice;
import cn.egov.approval.notices.DecisionKind;
import cn.egov.approval.notices.ExtensionNotice;
import cn.egov.approval.notices.NonAcceptanceDecision;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.PaymentNotice;
import cn.egov.approval.notices.RefusalDecision;
import cn.egov.approval.notices.SpecialProcedure;
import cn.egov.approval.notices.SpecialProcedureNotice;
import cn.egov.approval.notices.StoredNotice;

import org.springframework.stereotype.Component;

/**
 * Writes a case's legal documents from the case, its item version and what the step
 * decided, and records each on the timeline.
 */
@Component
class CaseNotices {

	private static final Pattern PHONE = Pattern.compile("\\d[\\d-]{6,}\\d");

	/** "材料名：要求": a missing material with its own requirement. */
	private static final Pattern OWN_REQUIREMENT = Pattern.compile("([^：:]+)[：:](.*\\S.*)");

	private final NoticeService notices;

	private final CaseItems items;

	private final AccountDirectory accounts;

	private final CaseTimeline timeline;

	private final CaseMapper mapper;

	private final CaseworkProperties properties;

	CaseNotices(NoticeService notices, CaseItems items, AccountDirectory accounts, CaseTimeline timeline,
			CaseMapper mapper, CaseworkProperties properties) {
		this.notices = notices;
		this.items = items;
		this.accounts = accounts;
		this.timeline = timeline;
		this.mapper = mapper;
		this.properties = properties;
	}

	StoredNotice acceptance(CaseFile file, String actor) {
		Item item = this.items.of(file);
		List<String> received = this.mapper.findMaterials(file.caseNo())
			.stream()
			.map(CaseMaterial::materialName)
			.distinct()
			.toList();
		if (received.isEmpty()) {
			received = List.of("ONLINE".equals(file.channel()) ? "网上提交的申请表" : "窗口收取的纸质申请材料");
		}
		// An on-the-spot item (promised limit 0) that was not decided at once, e.g.
		// deemed
		// accepted, runs against its statutory limit instead.
		boolean onTheSpot = file.promisedLimitDays() == 0;
		int days = Math.max(1, onTheSpot ? file.statutoryLimitDays() : file.promisedLimitDays());
		LocalDate completion = onTheSpot ? file.statutoryDeadline() : file.promisedDeadline();
		return issue(file,
				new AcceptanceNotice(file.caseNo(), file.applicantName(), file.itemName(), received,
						file.receivedAt().toLocalDate(), file.acceptedAt().toLocalDate(), days, completion,
						displayName(actor), contactPhone(item), file.queryCode()),
				actor);
	}

	/**
	 * The correction notice. A missing material given as "材料名：要求" carries its own
	 * requirement; the note applies to all of them and is printed once.
	 */
	StoredNotice correction(CaseFile file, List<String> missing, String note, LocalDate deadline, String actor) {
		Item item = this.items.of(file);
		List<CorrectionNotice.Defect> defects = missing.stream().map(CaseNotices::defect).toList();
		return issue(file,
				new CorrectionNotice(file.caseNo(), file.applicantName(), file.itemName(),
						file.receivedAt().toLocalDate(), defects, deadline, today(), displayName(actor),
						contactPhone(item), blankToNull(note)),
				actor);
	}

	static CorrectionNotice.Defect defect(String line) {
		Matcher own = OWN_REQUIREMENT.matcher(line);
		return own.matches() ? new CorrectionNotice.Defect(own.group(1).strip(), own.group(2).strip())
				: new CorrectionNotice.Defect(line, null);
	}

	StoredNotice nonAcceptance(CaseFile file, String reason, String competentAgency, String actor) {
		return issue(file, new NonAcceptanceDecision(file.caseNo(), file.applicantName(), file.itemName(),
				file.receivedAt().toLocalDate(), reasons(reason), blankToNull(competentAgency)), actor);
	}

	StoredNotice approval(CaseFile file, String approvedContent, String scope, LocalDate validFrom,
			LocalDate validUntil, String certificateNo, String actor) {
		Item item = this.items.of(file);
		String certificate = (item.elements() != null && item.elements().certificate() != null)
				? item.elements().certificate().split("[，,；;]")[0] : file.itemName() + "批准文件";
		return issue(file,
				new ApprovalDecision(file.caseNo(), file.applicantName(), file.itemName(),
						file.acceptedAt().toLocalDate(), orDefault(approvedContent, "准予" + file.itemName()),
						orDefault(scope, file.itemName()), validFrom, validUntil, certificate, certificateNo,
						legalBasis(item), DecisionKind.ofItemKind(item.kind())),
				actor);
	}

	/**
	 * The refusal decision.
	 * @param reasons the reasons, each a paragraph of its own
	 */
	StoredNotice refusal(CaseFile file, List<String> reasons, String actor) {
		Item item = this.items.of(file);
		return issue(file,
				new RefusalDecision(file.caseNo(), file.applicantName(), file.itemName(),
						file.acceptedAt().toLocalDate(), reasons.stream().flatMap((r) -> reasons(r).stream()).toList(),
						legalBasis(item), DecisionKind.ofItemKind(item.kind())),
				actor);
	}

	StoredNotice specialProcedure(CaseFile file, CasePause pause, LocalDate expectedEnd, String actor) {
		return issue(file,
				new SpecialProcedureNotice(file.caseNo(), file.applicantName(), file.itemName(),
						SpecialProcedure.valueOf(pause.kind()), pause.reason(), pause.startedAt().toLocalDate(),
						pause.expectedWorkingDays(), expectedEnd),
				actor);
	}

	StoredNotice extension(CaseFile file, String approvedBy, LocalDate previousDeadline, LocalDate newDeadline,
			String actor) {
		return issue(file,
				new ExtensionNotice(file.caseNo(), file.applicantName(), file.itemName(), file.extensionReason(),
						file.joint(), file.extensionDays(), "本机关负责人" + displayName(approvedBy), today(),
						previousDeadline, newDeadline),
				actor);
	}

	/** The payment notice for the fee rows charged. */
	StoredNotice payment(CaseFile file, List<Fee> charged, LocalDate payBy, String actor) {
		List<PaymentNotice.Fee> fees = charged.stream()
			.map((fee) -> new PaymentNotice.Fee(fee.name(), orDefault(fee.standard(), fee.name()), fee.amount(),
					fee.legalBasis()))
			.toList();
		CaseworkProperties.Treasury treasury = this.properties.treasury();
		return issue(file, new PaymentNotice(file.caseNo(), file.applicantName(), file.itemName(), fees, payBy,
				treasury.payee(), treasury.bank(), treasury.accountNo()), actor);
	}

	/** The item's fee rows with a fixed amount. */
	static List<Fee> payableFees(Item item) {
		return item.fees().stream().filter((fee) -> fee.amount() != null && fee.amount().signum() > 0).toList();
	}

	/**
	 * The fee rows a case is charged. An item's rows may be alternatives (住宅 80 元 or 非住宅
	 * 550 元), never to be added up unasked: with more than one row, only those the
	 * deciding step chose ({@link FeeStepChecks#feeChoice}); with one, that one.
	 * @param item the item version
	 * @param chosen the names of the rows chosen
	 * @return the rows charged
	 */
	static List<Fee> chargedFees(Item item, List<String> chosen) {
		List<Fee> payable = payableFees(item);
		return (payable.size() <= 1) ? payable : payable.stream().filter((fee) -> chosen.contains(fee.name())).toList();
	}

	static BigDecimal total(List<Fee> fees) {
		return fees.stream().map(Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	StoredNotice issue(CaseFile file, NoticeContent content, String actor) {
		StoredNotice notice = this.notices.issue(file.departmentCode(), content, actor);
		this.timeline.record(file.caseNo(), EventKind.NOTICE_ISSUED, actor, null, content.type().code(), null,
				notice.serialNo(), false);
		return notice;
	}

	private String displayName(String username) {
		return this.accounts.findUser(username).map(UserAccount::displayName).orElse("系统自动");
	}

	private static String contactPhone(Item item) {
		if (item.elements() != null && item.elements().enquiry() != null) {
			Matcher phone = PHONE.matcher(item.elements().enquiry());
			if (phone.find()) {
				return phone.group();
			}
		}
		return "12345";
	}

	private static String legalBasis(Item item) {
		return (item.elements() != null) ? blankToNull(item.elements().legalBasis()) : null;
	}

	private static List<String> reasons(String text) {
		List<String> reasons = Arrays.stream(text.split("[\\r\\n]+"))
			.map(String::strip)
			.filter((r) -> !r.isEmpty())
			.toList();
		return reasons.isEmpty() ? List.of(text.strip()) : reasons;
	}

	private LocalDate today() {
		return this.timeline.now().toLocalDate();
	}

	private static String orDefault(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value.strip() : fallback;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static List<String> materialNames(Item item) {
		return item.materials().stream().map(Material::name).toList();
	}

}
