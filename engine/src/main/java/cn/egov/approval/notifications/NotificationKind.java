package cn.egov.approval.notifications;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link Notification} tells, with its zh-CN text. Placeholders such as
 * {@code {caseNo}} take the notification's parameters; a missing parameter renders as
 * nothing rather than failing, because a casework step must not roll back over a text.
 */
public enum NotificationKind {

	ACCEPTED("您申请的{itemName}已受理，办件编号：{caseNo}，查询码：{queryCode}，承诺办结日期：{deadline}。"),

	CORRECTION_REQUESTED("您申请的{itemName}（办件编号：{caseNo}）材料不齐全或者不符合法定形式，请于{deadline}前按补正材料通知书一次性补正。"),

	CORRECTION_EXPIRED("您申请的{itemName}（办件编号：{caseNo}）未在{deadline}前补正材料，本次申请已终止。如需办理，请重新提出申请。"),

	NOT_ACCEPTED("您申请的{itemName}（办件编号：{caseNo}）不予受理，理由及救济途径详见不予受理决定书。"),

	APPROVED("您申请的{itemName}（办件编号：{caseNo}）已依法作出决定：{grant}，详见{decisionTitle}。"),

	REFUSED("您申请的{itemName}（办件编号：{caseNo}）已依法作出决定：{refuse}，理由及救济途径详见{decisionTitle}。"),

	READY_FOR_PICKUP("您申请的{itemName}（办件编号：{caseNo}）已办结，请携带身份证件到政务服务中心窗口领取。"),

	EXTENDED("您申请的{itemName}（办件编号：{caseNo}）办理期限依法延长，延长后的办结日期：{deadline}，详见延期通知书。"),

	SPECIAL_PROCEDURE("您申请的{itemName}（办件编号：{caseNo}）需经听证、检验、检测、鉴定或专家评审等特殊程序，所需时间不计入办理期限，详见特殊程序告知书。"),

	PHONE_CODE("您的登录验证码为{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。"),

	/** To staff: e-supervision raised a warning on a case they handle or supervise. */
	SUPERVISION_WARNING("【电子监察】办件{caseNo}{level}：{detail}。请及时核查处理。"),

	// Complaints (complaints/ComplaintMessages).
	COMPLAINT_FILED("您的投诉已登记，投诉编号：{complaintNo}，查询码：{queryCode}。监察机关将在 5 个工作日内决定是否受理。"),

	COMPLAINT_REJECTED("您的投诉（编号：{complaintNo}）不予受理，理由：{reason}"),

	COMPLAINT_FEEDBACK("您的投诉（编号：{complaintNo}）已办理完毕，处理结果：{result}。欢迎凭投诉编号和查询码对办理情况作出评价。");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	private final String template;

	NotificationKind(String template) {
		this.template = template;
	}

	/**
	 * The message text with the parameters filled in.
	 * @param params the values by placeholder name; extra ones are ignored
	 * @return the text, missing parameters left empty
	 */
	public String render(Map<String, String> params) {
		return PLACEHOLDER.matcher(this.template)
			.replaceAll((match) -> Matcher.quoteReplacement(params.getOrDefault(match.group(1), "")));
	}

	/**
	 * The kind a {@link Notification#kind()} names.
	 * @param name e.g. {@code ACCEPTED}
	 * @return the kind
	 * @throws IllegalArgumentException for a name no template exists for, a programming
	 * error that should fail the caller's step in its tests
	 */
	public static NotificationKind of(String name) {
		return Arrays.stream(values())
			.filter((kind) -> kind.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown notification kind " + name + "; known: " + Arrays.toString(values())));
	}

}
