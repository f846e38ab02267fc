package cn.egov.approval.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, acceptance 5: {@code GET /api/items} with 5,000 published items, p95 printed
 * (target ≤ 50 ms). A benchmark, not a timed test: it asserts only that the answers are
 * right. Switched on by {@code -Dplatform.benchmark=true}; runs in a context of its own
 * so that the 5,000 items never reach other tests.
 */
@PlatformTest
@TestPropertySource(properties = "platform.benchmark.context=catalog-listing")
@EnabledIfSystemProperty(named = "platform.benchmark", matches = "true")
class CatalogListingBenchmark {

	private static final int ITEMS = 5000;

	private static final int WARM_UP = 200;

	private static final int SAMPLES = 300;

	private static final String[] KINDS = { "LICENSING", "PUBLIC_SERVICE", "CONFIRMATION", "OTHER" };

	private static final String[] DEPARTMENTS = { "SFX-SCJGJ", "SFX-ZJJ", "SFX-ZRZYJ", "SFX-CZJ" };

	@LocalServerPort
	int port;

	@Autowired
	CatalogService catalog;

	@Test
	void shouldPrintTheListingP95With5000Items() {
		long start = System.nanoTime();
		for (int i = 0; i < ITEMS; i++) {
			String code = String.format("BM-%05d", i);
			var item = CatalogFixtures.publishable(code, "基准测试事项 " + i);
			item.put("kind", KINDS[i % KINDS.length]);
			item.putObject("department").put("code", DEPARTMENTS[i % DEPARTMENTS.length]);
			this.catalog.create(CatalogFixtures.JSON.convertValue(item, ItemRequest.class), "reform");
			this.catalog.publish(code, "reform");
		}
		System.out.printf("[benchmark] %d items created and published in %.1f s%n", ITEMS,
				(System.nanoTime() - start) / 1e9);

		HttpCaller anonymous = HttpCaller.anonymous(this.port);
		HttpCaller staff = HttpCaller.browser(this.port);
		staff.get("/api/auth/csrf");
		staff.postForm("/api/auth/login", Map.of("username", "reform", "password", "demo"));
		assertThat(anonymous.get("/api/items?q=BM-&size=1").json().get("total").asLong()).isEqualTo(ITEMS);
		assertThat(staff.get("/api/items?q=BM-&size=1").json().get("total").asLong()).isEqualTo(ITEMS);

		String[] queries = { "/api/items", "/api/items?page=200&size=20", "/api/items?kind=LICENSING",
				"/api/items?department=SFX-ZJJ&page=30",
				"/api/items?q=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95%E4%BA%8B%E9%A1%B9%20499", "/api/items?q=bm-0499" };
		// The floor of the same HTTP stack (security, session, JSON) without the catalog:
		// every listing figure is also printed as a ratio against it.
		double baseline = report("baseline  /api/me (staff)", staff, "/api/me", 0);
		double worst = 0;
		for (String query : queries) {
			worst = Math.max(worst, report("anonymous " + query, anonymous, query, baseline));
			String staffQuery = query + ((query.contains("?")) ? "&" : "?") + "status=PUBLISHED";
			worst = Math.max(worst, report("staff     " + staffQuery, staff, staffQuery, baseline));
		}
		System.out.printf("[benchmark] worst p95 %.1f ms (target <= 50 ms): %s%n", worst,
				(worst <= 50) ? "met" : "NOT met");
	}

	/** Prints p50/p95/max of one query and returns its p95 in milliseconds. */
	private static double report(String label, HttpCaller caller, String path, double baselineP95) {
		for (int i = 0; i < WARM_UP; i++) {
			caller.get(path);
		}
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < SAMPLES; i++) {
			long start = System.nanoTime();
			var response = caller.get(path);
			micros.add((System.nanoTime() - start) / 1000);
			assertThat(response.status()).isEqualTo(200);
		}
		long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
		double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0;
		String ratio = (baselineP95 > 0) ? String.format("  %.1fx baseline", p95 / baselineP95) : "";
		System.out.printf("[benchmark] GET %-90s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%s%n", label,
				sorted[sorted.length / 2] / 1000.0, p95, Arrays.stream(sorted).max().orElse(0) / 1000.0, ratio);
		return p95;
	}

}
