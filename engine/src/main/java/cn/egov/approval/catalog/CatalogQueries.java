package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What callers may read. Staff of the catalog (reform office, admin) see every version;
 * everyone else, logged in or not, sees published versions only, and versions that were
 * published once (a case may have started on them).
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

	private final CatalogMapper versions;

	private final ItemStore store;

	CatalogQueries(CatalogMapper versions, ItemStore store) {
		this.versions = versions;
		this.store = store;
	}

	public ItemPage list(ItemFilter filter, boolean staff) {
		ItemQuery query = toQuery(filter, staff);
		long total = this.versions.count(query);
		List<ItemSummary> items = (total > query.offset())
				? this.versions.find(query).stream().map(SummaryRow::toSummary).toList() : List.of();
		return new ItemPage(items, total, filter.page(), filter.size());
	}

	/**
	 * The item to show: version {@code version} when given; else, for staff asking for
	 * the draft, the latest version; else the published one (staff fall back to the
	 * latest when nothing is published yet).
	 */
	public Item view(String code, Integer version, boolean draft, boolean staff) {
		VersionRow row;
		if (version != null) {
			row = this.versions.findVersion(code, version)
				.filter((found) -> staff || wasPublished(found))
				.orElseThrow(() -> new NotFoundException("error.catalog.version.not-found", code, version));
		}
		else if (staff && draft) {
			row = this.versions.findLatest(code).orElseThrow(() -> CatalogService.notFound(code));
		}
		else {
			row = this.versions.findPublished(code)
				.or(() -> staff ? this.versions.findLatest(code) : java.util.Optional.empty())
				.orElseThrow(() -> CatalogService.notFound(code));
		}
		return this.store.load(row).withSubItems(this.versions.findSubItems(code, !staff));
	}

	public List<ItemVersionInfo> versions(String code) {
		List<ItemVersionInfo> infos = this.versions.findVersionInfos(code)
			.stream()
			.map((row) -> new ItemVersionInfo(row.versionNo(), row.status(), ItemStore.offset(row.publishedAt()),
					row.updatedBy(), ItemStore.offset(row.updatedAt())))
			.toList();
		if (infos.isEmpty()) {
			throw CatalogService.notFound(code);
		}
		return infos;
	}

	private static boolean wasPublished(VersionRow row) {
		ItemStatus status = row.itemStatus();
		return status == ItemStatus.PUBLISHED || status == ItemStatus.SUPERSEDED;
	}

	private static ItemQuery toQuery(ItemFilter filter, boolean staff) {
		List<FieldProblem> problems = new ArrayList<>();
		Enums.check("kind", ItemKind.class, blankToNull(filter.kind()), false, problems);
		if (staff) {
			Enums.check("status", ItemStatus.class, blankToNull(filter.status()), false, problems);
		}
		if (filter.page() < 0) {
			problems.add(FieldProblem.of("page", "error.catalog.limit.range", 0, Integer.MAX_VALUE, filter.page()));
		}
		if (filter.size() < 1 || filter.size() > ItemFilter.MAX_SIZE) {
			problems.add(FieldProblem.of("size", "error.catalog.limit.range", 1, ItemFilter.MAX_SIZE, filter.size()));
		}
		Texts.checkLength("q", filter.q(), ItemFilter.MAX_QUERY, problems);
		CatalogService.throwIfAny(problems);
		String q = blankToNull(filter.q());
		long offset = (long) filter.page() * filter.size();
		// Staff asking for PUBLISHED get what the public sees, the versions now
		// published,
		// even where a newer draft is the latest; other statuses filter latest versions.
		String status = staff ? blankToNull(filter.status()) : null;
		boolean publishedOnly = !staff || ItemStatus.PUBLISHED.name().equals(status);
		return new ItemQuery(publishedOnly, publishedOnly ? null : status, blankToNull(filter.kind()),
				blankToNull(filter.department()), (q != null) ? ItemQuery.containsPattern(q.trim()) : null,
				(int) Math.min(offset, Integer.MAX_VALUE), filter.size());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
