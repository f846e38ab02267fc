package cn.egov.approval.catalog;

import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Items for tests: complete enough to publish, with codes no other test uses. */
final class CatalogFixtures {

	static final ObjectMapper JSON = new ObjectMapper();

	private CatalogFixtures() {
	}

	/** A fresh code prefix, unique to one test, usable as a search text. */
	static String uniquePrefix(String tag) {
		return tag + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	/** A publishable licensing item of the market regulation bureau. */
	static ObjectNode publishable(String code, String name) {
		ObjectNode item = JSON.createObjectNode();
		item.put("code", code);
		item.put("name", name);
		item.put("kind", "LICENSING");
		item.putObject("department").put("code", "SFX-SCJGJ");
		ObjectNode elements = item.putObject("elements");
		elements.put("certificate", "许可证，有效期 5 年");
		elements.put("approvalType", "行政许可");
		elements.put("legalBasis", "《中华人民共和国行政许可法》第十二条");
		elements.put("conditions", "申请材料齐全、符合法定形式");
		elements.put("acceptingBody", "示范县政务服务中心 12 号窗口");
		elements.put("decidingBody", "示范县市场监督管理局");
		elements.put("procedure", "受理—审查—决定—送达");
		elements.put("forms", "申请书");
		elements.put("annualReview", "无");
		elements.put("enquiry", "0000-12345678");
		limit(item, "statutoryLimit", 20, "WORKING_DAYS");
		limit(item, "promisedLimit", 10, "WORKING_DAYS");
		item.put("onTheSpot", false);
		item.put("parallelApproval", false);
		item.putArray("applicantTypes").add("ENTERPRISE");
		item.put("approvingLeaderRole", "deputy-leader");
		item.put("reviewingSection", "行政审批科");
		item.put("handlers", "赵承办、钱科长");
		item.putArray("steps").add("受理").add("审查").add("决定");
		item.putArray("fees");
		ArrayNode materials = item.putArray("materials");
		ObjectNode material = materials.addObject();
		material.put("name", "申请书");
		material.put("form", "ORIGINAL");
		material.put("copies", 1);
		material.put("required", true);
		material.put("note", "");
		item.putNull("processKey");
		item.putObject("processParameters")
			.putArray("approvalChain")
			.add("clerk")
			.add("section-head")
			.add("deputy-leader")
			.add("leader");
		return item;
	}

	static void limit(ObjectNode item, String field, int value, String unit) {
		item.putObject(field).put("value", value).put("unit", unit);
	}

}
