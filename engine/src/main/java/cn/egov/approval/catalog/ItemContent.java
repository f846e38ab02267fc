package cn.egov.approval.catalog;

import java.util.Comparator;
import java.util.List;

import cn.egov.approval.catalog.ChildRows.ApplicantTypeRow;
import cn.egov.approval.catalog.ChildRows.FeeRow;
import cn.egov.approval.catalog.ChildRows.MaterialRow;
import cn.egov.approval.catalog.ChildRows.ParamRow;
import cn.egov.approval.catalog.ChildRows.StepRow;

/**
 * The lists of one version, in the model's shape, and their conversion to and from rows.
 */
record ItemContent(List<Material> materials, List<Fee> fees, List<String> steps, List<String> applicantTypes,
		List<String> approvalChain, List<ProcessParameters.JointDepartment> jointDepartments) {

	static final String APPROVAL_CHAIN = "approvalChain";

	static final String JOINT_DEPARTMENT = "jointDepartment";

	static ItemContent fromRows(List<MaterialRow> materials, List<FeeRow> fees, List<StepRow> steps,
			List<ApplicantTypeRow> applicantTypes, List<ParamRow> params) {
		return new ItemContent(materials.stream().map(ItemContent::material).toList(),
				fees.stream().map(ItemContent::fee).toList(), steps.stream().map(StepRow::name).toList(),
				applicantTypes.stream()
					.map(ApplicantTypeRow::applicantType)
					.sorted(Comparator.comparingInt(ItemContent::applicantOrder))
					.toList(),
				params.stream()
					.filter((param) -> APPROVAL_CHAIN.equals(param.paramName()))
					.map(ParamRow::paramValue)
					.toList(),
				params.stream()
					.filter((param) -> JOINT_DEPARTMENT.equals(param.paramName()))
					.map((param) -> ProcessParameters.JointDepartment.parse(param.paramValue()))
					.toList());
	}

	static List<MaterialRow> materialRows(String code, List<Material> materials) {
		return java.util.stream.IntStream.range(0, materials.size()).mapToObj((i) -> {
			Material m = materials.get(i);
			Long formId = (m.blankForm() != null) ? m.blankForm().id() : null;
			return new MaterialRow(code, i, m.name().trim(), m.form(), m.copies(), !Boolean.FALSE.equals(m.required()),
					blankToNull(m.note()), formId, null);
		}).toList();
	}

	static List<FeeRow> feeRows(String code, List<Fee> fees) {
		return java.util.stream.IntStream.range(0, fees.size()).mapToObj((i) -> {
			Fee f = fees.get(i);
			return new FeeRow(code, i, f.name().trim(), blankToNull(f.standard()), f.amount(), blankToNull(f.formula()),
					blankToNull(f.legalBasis()));
		}).toList();
	}

	static List<StepRow> stepRows(String code, List<String> steps) {
		return java.util.stream.IntStream.range(0, steps.size())
			.mapToObj((i) -> new StepRow(code, i, steps.get(i).trim()))
			.toList();
	}

	static List<ApplicantTypeRow> applicantTypeRows(String code, List<String> types) {
		return types.stream().map((type) -> new ApplicantTypeRow(code, type)).toList();
	}

	static List<ParamRow> paramRows(String code, ProcessParameters parameters) {
		List<String> chain = parameters.approvalChain();
		List<ProcessParameters.JointDepartment> joint = parameters.jointDepartments();
		return java.util.stream.Stream
			.concat(java.util.stream.IntStream.range(0, chain.size())
				.mapToObj((i) -> new ParamRow(code, APPROVAL_CHAIN, i, chain.get(i))),
					java.util.stream.IntStream.range(0, joint.size())
						.mapToObj((i) -> new ParamRow(code, JOINT_DEPARTMENT, i, joint.get(i).stored())))
			.toList();
	}

	private static Material material(MaterialRow row) {
		BlankFormRef form = (row.blankFormId() != null) ? new BlankFormRef(row.blankFormId(), row.blankFormFileName())
				: null;
		return new Material(row.name(), row.form(), row.copies(), row.required(), nullToEmpty(row.note()), form);
	}

	private static Fee fee(FeeRow row) {
		return new Fee(row.name(), row.standard(), row.amount(), row.formula(), row.legalBasis());
	}

	private static int applicantOrder(String type) {
		ApplicantType parsed = Enums.parse(ApplicantType.class, type);
		return (parsed != null) ? parsed.ordinal() : Integer.MAX_VALUE;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
