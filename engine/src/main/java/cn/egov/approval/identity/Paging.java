package cn.egov.approval.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.Page;

final class Paging {

	private Paging() {
	}

	static <T> List<T> slice(List<T> all, Page page) {
		if (page == null) {
			return all;
		}
		int from = Math.min(page.getFirstResult(), all.size());
		int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
		return all.subList(from, to);
	}

}
