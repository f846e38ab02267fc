package cn.egov.approval.fees;

import java.util.List;
import java.util.UUID;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.levy.LevyApi;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window of a test's own, with a receipt book, where the demo cashier works for the
 * test; afterwards the cashier goes back to the demo's central window. Its code is new
 * for each test, so its days hold the test's payments only.
 */
final class FeeWindowFixture {

	final String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	final String series = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

	private final LevyApi api;

	private final JdbcTemplate jdbc;

	String bookId;

	FeeWindowFixture(LevyApi api, JdbcTemplate jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	FeeWindowFixture open() {
		Response window = this.api.as("finance")
			.postJson("/api/fees/windows",
					"{\"code\": \"" + this.code + "\", \"name\": \"测试收费窗口\", \"central\": false}");
		assertThat(window.status()).as(window.body()).isEqualTo(201);
		Response book = this.api.as("finance")
			.postJson("/api/fees/books", "{\"windowCode\": \"" + this.code + "\", \"series\": \"" + this.series
					+ "\", \"firstNo\": 1, \"lastNo\": 50}");
		assertThat(book.status()).as(book.body()).isEqualTo(201);
		this.bookId = book.json().get("id").asText();
		assign(this.code);
		return this;
	}

	void close() {
		assign("ZWFW-01");
	}

	private void assign(String window) {
		Response assigned = this.api.as("finance").putJson("/api/fees/windows/" + window + "/staff/cashier", "{}");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
	}

	JsonNode settle(String day, String depositsJson) {
		Response settled = this.api.as("cashier")
			.postJson("/api/fees/settlements/" + this.code + "/" + day, "{\"deposits\": " + depositsJson + "}");
		assertThat(settled.status()).as(settled.body()).isEqualTo(200);
		return settled.json();
	}

	/** The warnings raised on a case or key, as kinds. */
	List<String> warnings(String caseNo) {
		return this.jdbc.queryForList("SELECT kind FROM supervision_warning WHERE case_no = ? ORDER BY id",
				String.class, caseNo);
	}

	static JsonNode line(JsonNode settlement, String method) {
		for (JsonNode line : settlement.get("lines")) {
			if (line.get("method").asText().equals(method)) {
				return line;
			}
		}
		throw new AssertionError("no " + method + " line in " + settlement);
	}

}
