package cn.egov.approval.catalog;

/**
 * The listing's query parameters as received.
 *
 * @param kind an {@link ItemKind} name, or null
 * @param department a department code, or null
 * @param q text to find in codes and names (case-insensitive), or null
 * @param status an {@link ItemStatus} name (staff only), or null
 * @param page 0-based page number
 * @param size page size, 1 to {@value #MAX_SIZE}
 */
public record ItemFilter(String kind, String department, String q, String status, int page, int size) {

	static final int MAX_SIZE = 100;

	static final int MAX_QUERY = 100;

}
