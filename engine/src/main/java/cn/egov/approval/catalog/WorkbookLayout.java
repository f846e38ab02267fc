package cn.egov.approval.catalog;

import java.util.List;

/**
 * The catalog workbook: sheet 事项 with one row per item (every scalar field and element
 * text), sheets 材料 and 收费 keyed by item code, and a 说明 sheet listing the allowed values.
 * The reader finds columns by their header, so columns may be reordered; columns marked
 * export-only are informative and ignored on import.
 */
final class WorkbookLayout {

	static final String ITEMS = "事项";

	static final String MATERIALS = "材料";

	static final String FEES = "收费";

	static final String NOTES = "说明";

	/** Lists inside one cell (steps, approval chain) are one entry per line. */
	static final String LINE = "\n";

	static final List<Column> ITEM_COLUMNS = List.of(column("code", "事项编码"), column("name", "事项名称"),
			column("kind", "事项类型"), column("department", "实施部门编码"), exportOnly("departmentName", "实施部门名称"),
			column("parentCode", "上级事项编码"), exportOnly("status", "状态"), exportOnly("version", "版本"),
			column("elements.certificate", "发证及有效期"), column("elements.approvalType", "审批类型及法律效力"),
			column("elements.legalBasis", "法律依据"), column("elements.conditions", "申请条件"),
			column("elements.acceptingBody", "受理机构及地点"), column("elements.decidingBody", "决定机构"),
			column("elements.procedure", "办理程序"), column("elements.forms", "申请表格"),
			column("elements.annualReview", "年审年检"), column("elements.enquiry", "咨询投诉"),
			column("statutoryLimit.value", "法定时限"), column("statutoryLimit.unit", "法定时限单位"),
			column("promisedLimit.value", "承诺时限"), column("promisedLimit.unit", "承诺时限单位"), column("onTheSpot", "即办件"),
			column("parallelApproval", "并联审批"), column("applicantTypes", "申请人类型"),
			column("approvingLeaderRole", "审批领导角色"), column("reviewingSection", "审核科室"), column("handlers", "承办人"),
			column("steps", "办理环节"), column("processKey", "流程标识"), column("processParameters.approvalChain", "审批链"));

	static final List<Column> MATERIAL_COLUMNS = List.of(column("code", "事项编码"), column("name", "材料名称"),
			column("form", "材料形式"), column("copies", "份数"), column("required", "是否必需"), column("note", "备注"),
			exportOnly("blankForm", "空白表格"));

	static final List<Column> FEE_COLUMNS = List.of(column("code", "事项编码"), column("name", "收费名称"),
			column("standard", "收费标准"), column("amount", "金额（元）"), column("formula", "计算公式"),
			column("legalBasis", "收费依据"));

	static final String YES = "是";

	static final String NO = "否";

	private WorkbookLayout() {
	}

	private static Column column(String field, String header) {
		return new Column(field, header, false);
	}

	private static Column exportOnly(String field, String header) {
		return new Column(field, header, true);
	}

	/**
	 * @param field the JSON field the column holds (also named in import errors)
	 * @param header the header text in row 1
	 * @param exportOnly shown on export, ignored on import
	 */
	record Column(String field, String header, boolean exportOnly) {
	}

}
