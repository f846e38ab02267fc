package cn.egov.approval.catalog;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a catalog item with everything the public guide shows and casework
 * needs. {@code version}, {@code status}, {@code subItems} and the timestamps are read
 * only.
 */
public record Item(String code, String name, String kind, DepartmentRef department, String parentCode,
		List<SubItem> subItems, int version, String status, ItemElements elements, TimeLimit statutoryLimit,
		TimeLimit promisedLimit, boolean onTheSpot, boolean parallelApproval, List<String> applicantTypes,
		String approvingLeaderRole, String reviewingSection, String handlers, List<String> steps, List<Fee> fees,
		List<Material> materials, String processKey, ProcessParameters processParameters, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, OffsetDateTime publishedAt, String updatedBy) {

	/** The writable part, as a request that would store this content again. */
	public ItemRequest toRequest() {
		return new ItemRequest(this.code, this.name, this.kind, this.department, this.parentCode, this.elements,
				this.statutoryLimit, this.promisedLimit, this.onTheSpot, this.parallelApproval, this.applicantTypes,
				this.approvingLeaderRole, this.reviewingSection, this.handlers, this.steps, this.fees, this.materials,
				this.processKey, this.processParameters);
	}

	Item withSubItems(List<SubItem> children) {
		return new Item(this.code, this.name, this.kind, this.department, this.parentCode, children, this.version,
				this.status, this.elements, this.statutoryLimit, this.promisedLimit, this.onTheSpot,
				this.parallelApproval, this.applicantTypes, this.approvingLeaderRole, this.reviewingSection,
				this.handlers, this.steps, this.fees, this.materials, this.processKey, this.processParameters,
				this.createdAt, this.updatedAt, this.publishedAt, this.updatedBy);
	}

}
