package cn.egov.approval.catalog;

import java.util.List;

/**
 * The body of {@code POST /api/items} and {@code PUT /api/items/{code}}: the writable
 * fields of {@link Item}. Enumerations are strings here so that the validator can name a
 * wrong value together with its field, and every problem is reported at once.
 */
public record ItemRequest(String code, String name, String kind, DepartmentRef department, String parentCode,
		ItemElements elements, TimeLimit statutoryLimit, TimeLimit promisedLimit, Boolean onTheSpot,
		Boolean parallelApproval, List<String> applicantTypes, String approvingLeaderRole, String reviewingSection,
		String handlers, List<String> steps, List<Fee> fees, List<Material> materials, String processKey,
		ProcessParameters processParameters) {

	/** The request with absent lists and objects replaced by empty ones. */
	ItemRequest normalised() {
		return new ItemRequest(trim(this.code), trim(this.name), trim(this.kind), this.department,
				blankToNull(this.parentCode), (this.elements != null) ? this.elements : ItemElements.EMPTY,
				this.statutoryLimit, this.promisedLimit, Boolean.TRUE.equals(this.onTheSpot),
				Boolean.TRUE.equals(this.parallelApproval), orEmpty(this.applicantTypes),
				blankToNull(this.approvingLeaderRole), trim(this.reviewingSection), trim(this.handlers),
				orEmpty(this.steps), orEmpty(this.fees), orEmpty(this.materials), blankToNull(this.processKey),
				(this.processParameters != null) ? this.processParameters : ProcessParameters.NONE);
	}

	/** The same content under another code (a PUT names its item in the path). */
	ItemRequest withCode(String newCode) {
		return new ItemRequest(newCode, this.name, this.kind, this.department, this.parentCode, this.elements,
				this.statutoryLimit, this.promisedLimit, this.onTheSpot, this.parallelApproval, this.applicantTypes,
				this.approvingLeaderRole, this.reviewingSection, this.handlers, this.steps, this.fees, this.materials,
				this.processKey, this.processParameters);
	}

	/** The same content with other materials (an upload attaches a blank form). */
	ItemRequest withMaterials(List<Material> newMaterials) {
		return new ItemRequest(this.code, this.name, this.kind, this.department, this.parentCode, this.elements,
				this.statutoryLimit, this.promisedLimit, this.onTheSpot, this.parallelApproval, this.applicantTypes,
				this.approvingLeaderRole, this.reviewingSection, this.handlers, this.steps, this.fees, newMaterials,
				this.processKey, this.processParameters);
	}

	/**
	 * The same content run by another process (the modeling workbench binds generated
	 * processes).
	 */
	public ItemRequest withProcessKey(String newProcessKey) {
		return new ItemRequest(this.code, this.name, this.kind, this.department, this.parentCode, this.elements,
				this.statutoryLimit, this.promisedLimit, this.onTheSpot, this.parallelApproval, this.applicantTypes,
				this.approvingLeaderRole, this.reviewingSection, this.handlers, this.steps, this.fees, this.materials,
				newProcessKey, this.processParameters);
	}

	String departmentCode() {
		return (this.department != null) ? trim(this.department.code()) : null;
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
