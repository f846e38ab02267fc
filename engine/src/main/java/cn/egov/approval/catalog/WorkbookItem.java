package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * An item's row in the workbook and the rows of its materials and fees, as they are read.
 */
final class WorkbookItem {

	private final int row;

	private final ItemRequest request;

	private final List<Material> materials = new ArrayList<>();

	private final List<Integer> materialRows = new ArrayList<>();

	private final List<Fee> fees = new ArrayList<>();

	private final List<Integer> feeRows = new ArrayList<>();

	WorkbookItem(int row, ItemRequest request) {
		this.row = row;
		this.request = request;
	}

	int row() {
		return this.row;
	}

	int materialCount() {
		return this.materials.size();
	}

	int feeCount() {
		return this.fees.size();
	}

	void addMaterial(int sheetRow, Material material) {
		this.materialRows.add(sheetRow);
		this.materials.add(material);
	}

	void addFee(int sheetRow, Fee fee) {
		this.feeRows.add(sheetRow);
		this.fees.add(fee);
	}

	ImportedItem toImported() {
		ItemRequest withLists = new ItemRequest(this.request.code(), this.request.name(), this.request.kind(),
				this.request.department(), this.request.parentCode(), this.request.elements(),
				this.request.statutoryLimit(), this.request.promisedLimit(), this.request.onTheSpot(),
				this.request.parallelApproval(), this.request.applicantTypes(), this.request.approvingLeaderRole(),
				this.request.reviewingSection(), this.request.handlers(), this.request.steps(), List.copyOf(this.fees),
				List.copyOf(this.materials), this.request.processKey(), this.request.processParameters());
		return new ImportedItem(this.row, withLists, List.copyOf(this.materialRows), List.copyOf(this.feeRows));
	}

}
