package cn.egov.approval.fees;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The finance bureau sets up windows through the API, as on a deployment without the
 * demo's seeder: opens one, puts a cashier at it and takes them off again; bad input and
 * callers other than finance are refused with a message.
 */
@PlatformTest
class FeeWindowAdministrationTest {

	/**
	 * The audit office's department: nobody there takes fees, so a window of its own
	 * sends no other test's clerk to it.
	 */
	private static final String DEPARTMENT = "SFX-SJJ";

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	/** The context, and with it the database, is shared: the demo cashier goes back. */
	@AfterEach
	void putTheCashierBack() {
		Response back = as("finance").putJson("/api/fees/windows/" + DemoFeeWindows.CENTRAL + "/staff/cashier", "{}");
		assertThat(back.status()).as(back.body()).isEqualTo(200);
	}

	@Test
	void shouldOpenAWindowAndPutTheCashierAtItUntilTakenOff() {
		Response created = createWindow("finance", this.code, "二楼 3 号收费窗口", DEPARTMENT);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("departmentCode").asText()).isEqualTo(DEPARTMENT);

		Response assigned = as("finance").putJson(staffPath(this.code, "cashier"), "{}");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		assertThat(myWindow("cashier")).isEqualTo(this.code);
		JsonNode listed = listed(this.code);
		assertThat(listed.get("name").asText()).isEqualTo("二楼 3 号收费窗口");
		assertThat(listed.get("central").asBoolean()).isFalse();
		assertThat(listed.get("booksInUse").asLong()).isZero();
		assertThat(listed.get("staff")).hasSize(1);
		assertThat(listed.get("staff").get(0).get("username").asText()).isEqualTo("cashier");
		assertThat(listed.get("staff").get(0).get("displayName").asText()).isEqualTo("钱收费");
		assertThat(feeTaker("cashier").get("windowCode").asText()).isEqualTo(this.code);
		assertThat(auditedCalls("PUT", "cashier")).isEqualTo(1);

		Response removed = as("finance").delete(staffPath(this.code, "cashier"));
		assertThat(removed.status()).as(removed.body()).isEqualTo(204);

		// Without a window of their own they take fees at their department's, the central
		// one.
		assertThat(myWindow("cashier")).isEqualTo(DemoFeeWindows.CENTRAL);
		assertThat(listed(this.code).get("staff")).isEmpty();
		assertThat(feeTaker("cashier").get("windowCode").isNull()).isTrue();
		assertThat(auditedCalls("DELETE", "cashier")).isEqualTo(1);
		Response again = as("finance").delete(staffPath(this.code, "cashier"));
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.json().get("message").asText()).isEqualTo("用户 cashier 未分配到窗口 " + this.code);
	}

	/**
	 * Each placement takes the person off their window and puts them at the new one:
	 * without a lock on the account, two at the same moment both found nothing to take
	 * off after the other's and the second insert failed with a 500.
	 */
	@Test
	void shouldPlaceOnePersonFromRequestsAtTheSameMomentAtOneWindow() throws Exception {
		Response created = createWindow("finance", this.code, "二楼 4 号收费窗口", DEPARTMENT);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Response>> placements = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String window = (i % 2 == 0) ? this.code : DemoFeeWindows.CENTRAL;
				placements.add(() -> as("finance").putJson(staffPath(window, "cashier"), "{}"));
			}
			for (Future<Response> placed : pool.invokeAll(placements)) {
				assertThat(placed.get().status()).as(placed.get().body()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM fee_window_staff WHERE username = 'cashier'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void shouldListOnlyStaffWhoTakeFeesAndLetCashiersReadTheWindows() {
		JsonNode takers = as("finance").get("/api/fees/staff").json();
		assertThat(takers.findValuesAsText("username")).contains("cashier", "clerk", "epay")
			.doesNotContain("handler", "finance", "applicant");
		assertThat(feeTaker("epay").get("windowCode").asText()).isEqualTo(DemoFeeWindows.CENTRAL);

		Response read = as("cashier").get("/api/fees/windows");
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().findValuesAsText("code")).contains(DemoFeeWindows.CENTRAL);
	}

	@Test
	void shouldRefuseABadCodeADuplicateAndAnUnknownDepartment() {
		assertRefused(createWindow("finance", "w 01", "收费窗口", null), 400, "窗口编码应为 2 至 32 位大写字母、数字或连字符");
		assertRefused(createWindow("finance", DemoFeeWindows.CENTRAL, "收费窗口", null), 409,
				"窗口 " + DemoFeeWindows.CENTRAL + " 已存在");
		assertRefused(createWindow("finance", this.code, " ", null), 400, "请填写窗口名称（不超过 100 字）");
		assertRefused(createWindow("finance", this.code, "收费窗口", "NO-SUCH-DEPT"), 400,
				"没有部门 NO-SUCH-DEPT，请从列表中选择窗口所属部门");
		assertThat(listedCodes()).doesNotContain(this.code);
	}

	@Test
	void shouldRefuseUnknownUsersAndWindowsAndStaffWhoTakeNoFees() {
		String central = DemoFeeWindows.CENTRAL;
		assertRefused(as("finance").putJson(staffPath("NO-SUCH-WINDOW", "cashier"), "{}"), 404, "没有窗口 NO-SUCH-WINDOW");
		assertRefused(as("finance").putJson(staffPath(central, "nobody"), "{}"), 404, "没有用户 nobody");
		assertRefused(as("finance").putJson(staffPath(central, "handler"), "{}"), 400,
				"用户 handler 不收费：只有窗口收费员、窗口受理人员和网上缴费平台账户可以分配到收费窗口");
		assertRefused(as("finance").delete(staffPath("NO-SUCH-WINDOW", "cashier")), 404, "没有窗口 NO-SUCH-WINDOW");
		Response english = as("finance").putJson(staffPath(central, "nobody"), "{}", "Accept-Language", "en");
		assertRefused(english, 404, "There is no user nobody");
		assertThat(myWindow("cashier")).isEqualTo(central);
	}

	@Test
	void shouldRefuseToPutADisabledAccountAtAWindow() {
		this.jdbc.update("UPDATE acct_user SET enabled = FALSE WHERE username = 'clerk3'");
		try {
			assertRefused(as("finance").putJson(staffPath(DemoFeeWindows.CENTRAL, "clerk3"), "{}"), 400,
					"用户 clerk3 的账号已停用，不能分配到收费窗口");
			assertThatThrownBy(() -> feeTaker("clerk3")).isInstanceOf(AssertionError.class);
		}
		finally {
			this.jdbc.update("UPDATE acct_user SET enabled = TRUE WHERE username = 'clerk3'");
		}
	}

	@Test
	void shouldLetOnlyFinanceAndAdministratorsChangeWindows() {
		assertThat(createWindow("cashier", this.code, "收费窗口", null).status()).isEqualTo(403);
		assertThat(createWindow("clerk", this.code, "收费窗口", null).status()).isEqualTo(403);
		assertThat(as("cashier").putJson(staffPath(DemoFeeWindows.CENTRAL, "clerk"), "{}").status()).isEqualTo(403);
		assertThat(as("clerk").putJson(staffPath(DemoFeeWindows.CENTRAL, "clerk"), "{}").status()).isEqualTo(403);
		assertThat(as("cashier").delete(staffPath(DemoFeeWindows.CENTRAL, "cashier")).status()).isEqualTo(403);
		assertThat(as("clerk").get("/api/fees/staff").status()).isEqualTo(403);
		assertThat(myWindow("cashier")).isEqualTo(DemoFeeWindows.CENTRAL);
		assertThat(listedCodes()).doesNotContain(this.code);

		Response byAdmin = createWindow("admin", this.code, "收费窗口", null);
		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
	}

	private HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	private Response createWindow(String username, String windowCode, String name, String department) {
		String departmentJson = (department != null) ? "\"" + department + "\"" : "null";
		return as(username).postJson("/api/fees/windows", "{\"code\": \"" + windowCode + "\", \"name\": \"" + name
				+ "\", \"departmentCode\": " + departmentJson + ", \"central\": false}");
	}

	private static String staffPath(String windowCode, String username) {
		return "/api/fees/windows/" + windowCode + "/staff/" + username;
	}

	private String myWindow(String username) {
		Response mine = as(username).get("/api/fees/my-window");
		assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		return mine.json().get("window").get("code").asText();
	}

	private JsonNode listed(String windowCode) {
		for (JsonNode window : as("finance").get("/api/fees/windows").json()) {
			if (window.get("code").asText().equals(windowCode)) {
				return window;
			}
		}
		throw new AssertionError("window " + windowCode + " is not listed");
	}

	private List<String> listedCodes() {
		return as("finance").get("/api/fees/windows").json().findValuesAsText("code");
	}

	private JsonNode feeTaker(String username) {
		for (JsonNode taker : as("finance").get("/api/fees/staff").json()) {
			if (taker.get("username").asText().equals(username)) {
				return taker;
			}
		}
		throw new AssertionError(username + " is not listed as taking fees");
	}

	/** The audit trail's entries for finance's changes of this test's window. */
	private long auditedCalls(String method, String username) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE actor = 'finance' AND http_method = ? AND outcome = 'SUCCESS'"
						+ " AND action = 'CONFIGURATION_CHANGE'"
						+ " AND path = '/api/fees/windows/{code}/staff/{username}' AND object_id = ?",
				Long.class, method, "code=" + this.code + ",username=" + username);
	}

	private static void assertRefused(Response response, int status, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().get("message").asText()).isEqualTo(message);
	}

}
