package cn.egov.approval.satisfaction;

import java.util.List;
import java.util.stream.StreamSupport;

import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import cn.egov.approval.casework.CaseIntake;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 好差评 through the HTTP API: once per closed case from the portal (anonymous with the
 * query code, or the signed-in applicant), a bad rating's follow-up for the department,
 * and self-ratings by staff of the handling department.
 */
@PlatformTest
class CaseRatingHttpTest extends SupervisionTest {

	@Test
	void shouldRateAClosedCaseOnceWithItsQueryCode() {
		CaseIntake.Received closed = this.bed.closedCase();
		HttpCaller portal = this.bed.anonymous();

		Response rated = portal.postJson(ratingPath(closed), "{\"level\": \"满意\", \"comment\": \"办事快\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().get("level").asText()).isEqualTo("SATISFIED");
		assertThat(rated.json().get("levelName").asText()).isEqualTo("满意");
		assertThat(rated.json().get("selfRating").asBoolean()).isFalse();
		assertThat(rated.json().has("followUp")).isFalse();

		Response again = portal.postJson(ratingPath(closed), "{\"level\": \"非常满意\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("message").asText()).isEqualTo("该办件已经评价过，每个办件只能评价一次");
		assertThat(portal.get(ratingPath(closed)).json().get("level").asText()).isEqualTo("SATISFIED");
	}

	@Test
	void shouldRefuseToRateACaseThatIsNotClosed() {
		CaseIntake.Received open = this.bed.openCase();

		Response rated = this.bed.anonymous().postJson(ratingPath(open), "{\"level\": \"满意\"}");

		assertThat(rated.status()).isEqualTo(400);
		assertThat(rated.json().get("message").asText()).isEqualTo("办件办结后才能评价");
	}

	@Test
	void shouldRefuseAWrongQueryCodeAndAnUnknownLevel() {
		CaseIntake.Received closed = this.bed.closedCase();
		HttpCaller portal = this.bed.anonymous();

		assertThat(portal
			.postJson("/api/public/cases/" + closed.caseNo() + "/rating?queryCode=WRONG999", "{\"level\": \"满意\"}")
			.status()).isEqualTo(404);
		Response badLevel = portal.postJson(ratingPath(closed), "{\"level\": \"还行\"}");
		assertThat(badLevel.status()).isEqualTo(400);
		assertThat(badLevel.json().get("message").asText()).contains("非常满意");
	}

	@Test
	void shouldLetTheSignedInApplicantRateTheirOwnCaseOnly() {
		CaseIntake.Received closed = this.bed.closedCase();
		String path = "/api/cases/" + closed.caseNo() + "/rating";

		assertThat(this.bed.as("applicant2").postJson(path, "{\"level\": \"满意\"}").status()).isEqualTo(404);
		assertThat(this.bed.as("applicant").get(path).status()).isEqualTo(404);
		Response rated = this.bed.as("applicant").postJson(path, "{\"level\": \"VERY_SATISFIED\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(this.bed.as("applicant").get(path).json().get("level").asText()).isEqualTo("VERY_SATISFIED");
		assertThat(this.bed.as("handler").postJson(path, "{\"level\": \"满意\"}").status()).isEqualTo(403);
	}

	@Test
	void shouldOpenAFifteenWorkingDayFollowUpForABadRating() {
		CaseIntake.Received closed = this.bed.closedCase();

		Response rated = this.bed.anonymous()
			.postJson(ratingPath(closed), "{\"level\": \"非常不满意\", \"comment\": \"多次跑腿\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		JsonNode followUp = rated.json().get("followUp");
		assertThat(followUp.get("status").asText()).isEqualTo("OPEN");
		assertThat(followUp.get("due").asText()).isEqualTo("2026-12-28");

		assertThat(caseNos(this.bed.as("supervisor").get("/api/satisfaction/follow-ups?status=OPEN")))
			.contains(closed.caseNo());
		assertThat(caseNos(this.bed.as("bureau").get("/api/satisfaction/follow-ups"))).contains(closed.caseNo());
		assertThat(this.bed.as("handler").get("/api/satisfaction/follow-ups").status()).isEqualTo(403);
		String complete = "/api/satisfaction/follow-ups/" + closed.caseNo() + "/complete";
		assertThat(this.bed.as("supervisor").postJson(complete, "{\"callbackNote\": \"已回访\"}").status()).isEqualTo(400);
		Response done = this.bed.as("supervisor")
			.postJson(complete, "{\"callbackNote\": \"已电话回访\", \"fixNote\": \"窗口增设导办员\"}");
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("followUp").get("status").asText()).isEqualTo("DONE");
		assertThat(this.bed.as("supervisor")
			.postJson(complete, "{\"callbackNote\": \"再次回访\", \"fixNote\": \"无\"}")
			.status()).isEqualTo(409);
	}

	@Test
	void shouldFlagARatingByStaffOfTheHandlingDepartmentAsASelfRating() {
		CaseIntake.Received closed = this.bed.closedCase();

		Response rated = this.bed.as("clerk").postJson(ratingPath(closed), "{\"level\": \"非常满意\"}");

		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().get("selfRating").asBoolean()).isTrue();
		assertThat(warnings(closed)).containsOnlyOnce("ANOMALY:SELF_RATING");
	}

	@Test
	void shouldNotFlagARatingByStaffOfAnotherDepartment() {
		CaseIntake.Received closed = this.bed.closedCase();

		Response rated = this.bed.as("clerk2").postJson(ratingPath(closed), "{\"level\": \"满意\"}");

		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().get("selfRating").asBoolean()).isFalse();
		assertThat(warnings(closed)).doesNotContain("ANOMALY:SELF_RATING");
	}

	/** The case's warnings as "LEVEL:KIND", as the bureau reads them. */
	private List<String> warnings(CaseIntake.Received received) {
		Response response = this.bed.as("bureau").get("/api/supervision/cases/" + received.caseNo() + "/warnings");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false)
			.map((w) -> w.get("level").asText() + ":" + w.get("kind").asText())
			.toList();
	}

	private static String ratingPath(CaseIntake.Received received) {
		return "/api/public/cases/" + received.caseNo() + "/rating?queryCode=" + received.queryCode();
	}

	private static List<String> caseNos(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> numbers = new ArrayList<>();
		response.json().forEach((rating) -> numbers.add(rating.get("caseNo").asText()));
		return numbers;
	}

}
