package cn.egov.approval.catalog;

import java.util.List;

/** One page of the listing and the total number of matching items. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {
}
