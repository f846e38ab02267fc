package cn.egov.approval.catalog;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.egov.approval.clock.PlatformClock;

import org.springframework.stereotype.Component;

/**
 * Reads and writes whole versions: the version row and its lists. Callers hold the
 * transaction.
 */
@Component
class ItemStore {

	private final CatalogMapper versions;

	private final ChildMapper children;

	ItemStore(CatalogMapper versions, ChildMapper children) {
		this.versions = versions;
		this.children = children;
	}

	/** A stored version with its lists (sub-items are the caller's to add). */
	Item load(VersionRow row) {
		String code = row.code();
		int version = row.versionNo();
		ItemContent content = ItemContent.fromRows(this.children.findMaterials(code, version),
				this.children.findFees(code, version), this.children.findSteps(code, version),
				this.children.findApplicantTypes(code, version), this.children.findParams(code, version));
		return assemble(row, content);
	}

	/** The latest version of every item with its lists, in code order, in six queries. */
	List<Item> loadAllLatest() {
		Map<String, List<ChildRows.MaterialRow>> materials = byCode(this.children.findLatestMaterials(),
				ChildRows.MaterialRow::code);
		Map<String, List<ChildRows.FeeRow>> fees = byCode(this.children.findLatestFees(), ChildRows.FeeRow::code);
		Map<String, List<ChildRows.StepRow>> steps = byCode(this.children.findLatestSteps(), ChildRows.StepRow::code);
		Map<String, List<ChildRows.ApplicantTypeRow>> types = byCode(this.children.findLatestApplicantTypes(),
				ChildRows.ApplicantTypeRow::code);
		Map<String, List<ChildRows.ParamRow>> params = byCode(this.children.findLatestParams(),
				ChildRows.ParamRow::code);
		return this.versions.findAllLatest().stream().map((row) -> {
			String code = row.code();
			return assemble(row,
					ItemContent.fromRows(materials.getOrDefault(code, List.of()), fees.getOrDefault(code, List.of()),
							steps.getOrDefault(code, List.of()), types.getOrDefault(code, List.of()),
							params.getOrDefault(code, List.of())));
		}).toList();
	}

	/** Stores a new version as the item's latest. */
	void insert(ItemRequest item, int version, LocalDateTime createdAt, Stamp stamp) {
		this.versions.clearLatest(item.code());
		this.versions.insertVersion(VersionRows.of(item, version, ItemStatus.DRAFT, createdAt, stamp));
		insertChildren(item, version);
	}

	/** Replaces the content of a draft. */
	void updateDraft(ItemRequest item, VersionRow draft, Stamp stamp) {
		this.versions
			.updateVersion(VersionRows.of(item, draft.versionNo(), ItemStatus.DRAFT, draft.createdAt(), stamp));
		String code = draft.code();
		int version = draft.versionNo();
		this.children.deleteMaterials(code, version);
		this.children.deleteFees(code, version);
		this.children.deleteSteps(code, version);
		this.children.deleteApplicantTypes(code, version);
		this.children.deleteParams(code, version);
		insertChildren(item, version);
	}

	private void insertChildren(ItemRequest item, int version) {
		String code = item.code();
		insertIfAny(ItemContent.materialRows(code, item.materials()),
				(rows) -> this.children.insertMaterials(version, rows));
		insertIfAny(ItemContent.feeRows(code, item.fees()), (rows) -> this.children.insertFees(version, rows));
		insertIfAny(ItemContent.stepRows(code, item.steps()), (rows) -> this.children.insertSteps(version, rows));
		insertIfAny(ItemContent.applicantTypeRows(code, item.applicantTypes()),
				(rows) -> this.children.insertApplicantTypes(version, rows));
		insertIfAny(ItemContent.paramRows(code, item.processParameters()),
				(rows) -> this.children.insertParams(version, rows));
	}

	private static <T> void insertIfAny(List<T> rows, java.util.function.Consumer<List<T>> insert) {
		if (!rows.isEmpty()) {
			insert.accept(rows);
		}
	}

	private static Item assemble(VersionRow row, ItemContent content) {
		ItemElements elements = new ItemElements(row.elCertificate(), row.elApprovalType(), row.elLegalBasis(),
				row.elConditions(), row.elAcceptingBody(), row.elDecidingBody(), row.elProcedure(), row.elForms(),
				row.elAnnualReview(), row.elEnquiry());
		return new Item(row.code(), row.name(), row.kind(),
				new DepartmentRef(row.departmentCode(), row.departmentName()), row.parentCode(), List.of(),
				row.versionNo(), row.status(), elements,
				SummaryRow.limit(row.statutoryLimitValue(), row.statutoryLimitUnit()),
				SummaryRow.limit(row.promisedLimitValue(), row.promisedLimitUnit()), row.onTheSpot(),
				row.parallelApproval(), content.applicantTypes(), row.approvingLeaderRole(), row.reviewingSection(),
				row.handlers(), content.steps(), content.fees(), content.materials(), row.processKey(),
				new ProcessParameters(content.approvalChain(), content.jointDepartments()), offset(row.createdAt()),
				offset(row.updatedAt()), offset(row.publishedAt()), row.updatedBy());
	}

	static OffsetDateTime offset(LocalDateTime time) {
		return (time != null) ? time.atZone(PlatformClock.ZONE).toOffsetDateTime() : null;
	}

	private static <T> Map<String, List<T>> byCode(List<T> rows, Function<T, String> code) {
		return rows.stream().collect(Collectors.groupingBy(code));
	}

	/** Who changed something, and when (local time in the platform's zone). */
	record Stamp(String username, LocalDateTime at) {
	}

}
