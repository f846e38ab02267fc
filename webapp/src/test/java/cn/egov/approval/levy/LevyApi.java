package cn.egov.approval.levy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.HttpCaller;
import cn.egov.approval.ProcessInstances;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Levy cases as the tests drive them, through the HTTP API: recorded at the department's
 * window, assessed and approved through the task list, paid at the cashier's window. What
 * a test starts is deleted by {@link #cleanUp()}, and the clock goes back to real time.
 */
public final class LevyApi {

	public static final ObjectMapper JSON = new ObjectMapper();

	/** 城市基础设施配套费: 60 元/m², 保障性住房免征; promised 5, statutory 10 working days. */
	public static final String INFRASTRUCTURE = "SFX-ZJJ-ZS-0001";

	/** 土地复垦费: area (mu) × the plan's per-mu cost. */
	public static final String RECLAMATION = "SFX-ZRZYJ-ZS-0001";

	private final int port;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService tasks;

	private final Map<String, ProcessInstance> instances = new java.util.HashMap<>();

	public LevyApi(ApplicationContext context, int port) {
		this.port = port;
		this.runtime = context.getBean(RuntimeService.class);
		this.management = context.getBean(ManagementService.class);
		this.tasks = context.getBean(TaskService.class);
		BpmnAwareTests.init(context.getBean(ProcessEngine.class));
	}

	public HttpCaller as(String username) {
		return HttpCaller.basic(this.port, username, "demo");
	}

	public void clock(String localDateTime) {
		Response moved = as("admin").postJson("/api/admin/clock", "{\"now\": \"" + localDateTime + "+08:00\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	/** The department's clerk records the payer at the window. */
	public String record(String itemCode, String clerk) {
		ObjectNode body = JSON.createObjectNode();
		body.put("itemCode", itemCode);
		body.put("channel", "WINDOW");
		ObjectNode applicant = body.putObject("applicant");
		applicant.put("name", "示范县安居置业有限公司");
		applicant.put("type", "ENTERPRISE");
		applicant.put("idNo", "91350000MA2XXXXX0B");
		applicant.put("phone", "13800000001");
		body.putObject("formData").put("description", "人民路 8 号住宅项目");
		Response created = as(clerk).postJson("/api/cases", body.toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String caseNo = created.json().get("caseNo").asText();
		this.instances.put(caseNo,
				this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult());
		return caseNo;
	}

	/**
	 * The case's instance as started: camunda-bpm-assert reads its history after it
	 * ended.
	 */
	public ProcessInstance instance(String caseNo) {
		return this.instances.get(caseNo);
	}

	public JsonNode task(String username, String caseNo, String step) {
		for (JsonNode task : as(username).get("/api/tasks").json()) {
			if (task.get("caseNo").asText().equals(caseNo) && task.get("step").asText().equals(step)) {
				return task;
			}
		}
		throw new AssertionError(username + " has no " + step + " task for " + caseNo);
	}

	public Response complete(String username, String caseNo, String step, Map<String, Object> body) {
		String id = task(username, caseNo, step).get("id").asText();
		return as(username).postJson("/api/tasks/" + id + "/complete", json(body));
	}

	public JsonNode completeOk(String username, String caseNo, String step, Map<String, Object> body) {
		Response done = complete(username, caseNo, step, body);
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		return done.json();
	}

	public JsonNode detail(String caseNo) {
		Response detail = as("admin").get("/api/cases/" + caseNo);
		assertThat(detail.status()).as(detail.body()).isEqualTo(200);
		return detail.json();
	}

	public List<String> notices(String caseNo) {
		List<String> types = new ArrayList<>();
		as("admin").get("/api/cases/" + caseNo + "/notices").json().forEach((n) -> types.add(n.get("type").asText()));
		return types;
	}

	public List<String> events(String caseNo) {
		List<String> kinds = new ArrayList<>();
		detail(caseNo).get("timeline").forEach((e) -> kinds.add(e.get("kind").asText()));
		return kinds;
	}

	/**
	 * What the cashier sees of the case: its bill, what is due today and its payments.
	 */
	public JsonNode account(String caseNo) {
		Response account = as("cashier").get("/api/fees/cases/" + caseNo);
		assertThat(account.status()).as(account.body()).isEqualTo(200);
		return account.json();
	}

	public Response pay(String cashier, String caseNo, String amount, String method, String reference) {
		ObjectNode body = JSON.createObjectNode();
		body.put("caseNo", caseNo);
		body.put("amount", amount);
		body.put("method", method);
		if (reference != null) {
			body.put("reference", reference);
		}
		return as(cashier).postJson("/api/fees/payments", body.toString());
	}

	public JsonNode payOk(String cashier, String caseNo, String amount) {
		Response paid = pay(cashier, caseNo, amount, "CASH", null);
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		return paid.json();
	}

	public Job timer(String caseNo, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(instance(caseNo).getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	/**
	 * Moves the clock a minute past a timer and waits until the job executor fired it.
	 */
	public void passDueDateOf(String caseNo, String activityId) {
		Job timer = timer(caseNo, activityId);
		assertThat(timer).as("%s timer of %s", activityId, caseNo).isNotNull();
		String at = timer.getDuedate()
			.toInstant()
			.plus(Duration.ofMinutes(1))
			.atZone(ZoneId.of("Asia/Shanghai"))
			.toLocalDateTime()
			.toString();
		clock(at);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(timer(caseNo, activityId)).isNull());
	}

	/**
	 * What the case's instance still holds: its open user tasks and its jobs (timers
	 * included), by activity id.
	 */
	public List<String> leftBehind(String caseNo) {
		String id = instance(caseNo).getId();
		List<String> left = new ArrayList<>();
		this.tasks.createTaskQuery().processInstanceId(id).list().forEach((t) -> left.add(t.getTaskDefinitionKey()));
		this.management.createJobQuery()
			.processInstanceId(id)
			.list()
			.forEach((j) -> left.add(this.management.createJobDefinitionQuery()
				.jobDefinitionId(j.getJobDefinitionId())
				.singleResult()
				.getActivityId()));
		return left;
	}

	/** Records a 城市基础设施配套费 case and assesses it at the standard: 60 元 per m². */
	public String billed(String area) {
		String caseNo = record(INFRASTRUCTURE, "clerk2");
		completeOk("handler2", caseNo, "assessment", Map.of("outcome", "ASSESSED", "quantity", area, "opinion", "核定"));
		return caseNo;
	}

	public void cleanUp() {
		for (ProcessInstance instance : this.instances.values()) {
			ProcessInstances.deleteIfRunning(this.runtime, instance.getId(), "levy test over");
		}
		as("admin").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
