package cn.egov.approval.catalog;

import java.time.LocalDateTime;

/** Builds the stored row of a version from a (validated, normalised) request. */
final class VersionRows {

	private VersionRows() {
	}

	static VersionRow of(ItemRequest item, int version, ItemStatus status, LocalDateTime createdAt,
			ItemStore.Stamp stamp) {
		ItemElements e = item.elements();
		TimeLimit statutory = present(item.statutoryLimit());
		TimeLimit promised = present(item.promisedLimit());
		return new VersionRow(item.code(), version, status.name(), true, item.name(), item.kind(),
				item.departmentCode(), null, item.parentCode(), text(e.certificate()), text(e.approvalType()),
				text(e.legalBasis()), text(e.conditions()), text(e.acceptingBody()), text(e.decidingBody()),
				text(e.procedure()), text(e.forms()), text(e.annualReview()), text(e.enquiry()),
				(statutory != null) ? statutory.value() : null, (statutory != null) ? statutory.unit() : null,
				(promised != null) ? promised.value() : null, (promised != null) ? promised.unit() : null,
				Boolean.TRUE.equals(item.onTheSpot()), Boolean.TRUE.equals(item.parallelApproval()),
				item.approvingLeaderRole(), blankToNull(item.reviewingSection()), blankToNull(item.handlers()),
				item.processKey(), createdAt, stamp.at(), null, stamp.username());
	}

	/** A limit with neither value nor unit is no limit. */
	private static TimeLimit present(TimeLimit limit) {
		return (limit == null || (limit.value() == null && limit.unit() == null)) ? null : limit;
	}

	private static String text(String value) {
		return blankToNull(value);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
