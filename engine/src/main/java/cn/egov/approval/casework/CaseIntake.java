package cn.egov.approval.casework;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives applications: checks them against the published item, numbers the case, stores
 * it and starts its process, in one transaction.
 */
@Service
@Transactional
public class CaseIntake {

	static final String STANDARD_PROCESS = "licensing-standard";

	static final String JOINT_PROCESS = "licensing-joint";

	static final String LEVY_PROCESS = "levy-standard";

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]");

	private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

	/**
	 * Kinds recorded through intake: licensing-like cases, and levies (the agency records
	 * the payer at the window; {@code levy-standard}, or the item's generated process
	 * once the reform office deployed one, assesses them). Penalties have an intake of
	 * their own.
	 */
	private static final Set<String> CASE_KINDS = Set.of("LICENSING", "NON_LICENSING_APPROVAL", "CONFIRMATION",
			"PUBLIC_SERVICE", "OTHER", "LEVY");

	private static final int MAX_FORM_JSON = 8000;

	private final CatalogService catalog;

	private final CaseMapper mapper;

	private final CaseNumbers numbers;

	private final CaseTimeline timeline;

	private final OrganisationDirectory organisation;

	private final RuntimeService runtime;

	private final ObjectMapper json;

	CaseIntake(CatalogService catalog, CaseMapper mapper, CaseNumbers numbers, CaseTimeline timeline,
			OrganisationDirectory organisation, RuntimeService runtime, ObjectMapper json) {
		this.catalog = catalog;
		this.mapper = mapper;
		this.numbers = numbers;
		this.timeline = timeline;
		this.organisation = organisation;
		this.runtime = runtime;
		this.json = json;
	}

	/**
	 * Receives an application.
	 * @return the new case's number, query code and status
	 */
	public Received apply(ApplicationRequest request, PlatformUser user) {
		if (request == null || request.itemCode() == null || request.itemCode().isBlank()) {
			throw CaseValidationException.of("itemCode", "error.case.item.required");
		}
		Item item = this.catalog.findPublished(request.itemCode().strip())
			.orElseThrow(() -> CaseValidationException.of("itemCode", "error.case.item.unknown", request.itemCode()));
		if (!CASE_KINDS.contains(item.kind())) {
			throw CaseValidationException.of("itemCode", "error.case.item.not-online", item.name());
		}
		String channel = checkChannel(request.channel(), item, user);
		ApplicationRequest.Applicant applicant = request.applicant();
		List<CaseValidationException.Problem> problems = new ArrayList<>();
		checkApplicant(applicant, item, problems);
		checkOwnPhone(applicant, channel, user, problems);
		String formData = formData(request.formData(), problems);
		if (!problems.isEmpty()) {
			throw new CaseValidationException(problems);
		}
		LocalDateTime now = this.timeline.now();
		String department = item.department().code();
		String region = this.organisation.regionOfDepartment(department).map(Region::code).orElseThrow();
		String caseNo = this.numbers.next(department, now.toLocalDate());
		boolean joint = item.parallelApproval();
		CaseFile file = new CaseFile(caseNo, QueryCodes.generate(), item.code(), item.version(), item.name(),
				department, region, joint, item.onTheSpot(), channel, applicant.name().strip(), applicant.type(),
				applicant.idNo().strip().toUpperCase(java.util.Locale.ROOT), applicant.phone().strip(),
				user.getUsername(), formData, null, CaseStatus.RECEIVED.name(), null, now, null, false,
				limit(item.promisedLimit()), limit(item.statutoryLimit()), unit(item), null, null, 0, 0, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		this.mapper.insert(file);
		this.mapper.insertParticipant(new CaseParticipant(caseNo, department, true, null, null, null, null));
		if (joint) {
			for (ProcessParameters.JointDepartment co : item.processParameters().jointDepartments()) {
				if (!co.code().equals(department)) {
					this.mapper.insertParticipant(
							new CaseParticipant(caseNo, co.code(), false, co.subLimitDays(), null, null, null));
				}
			}
		}
		this.timeline.record(caseNo, EventKind.RECEIVED, user.getUsername(), null, channel, null,
				"ONLINE".equals(channel) ? "网上申请" : "窗口收件", false);
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(processKey(item), caseNo,
				variables(file, item, user));
		this.mapper.setProcessInstance(caseNo, instance.getId());
		return new Received(caseNo, file.queryCode(), this.mapper.find(caseNo).orElseThrow().status());
	}

	static String processKey(Item item) {
		if (item.processKey() != null) {
			return item.processKey();
		}
		if ("LEVY".equals(item.kind())) {
			return LEVY_PROCESS;
		}
		return item.parallelApproval() ? JOINT_PROCESS : STANDARD_PROCESS;
	}

	/** The roles that sign after the clerk's pre-check. */
	public static List<String> chainAfterPreCheck(Item item) {
		List<String> chain = new ArrayList<>(item.processParameters().approvalChain());
		while (!chain.isEmpty() && Role.CLERK.code().equals(chain.get(0))) {
			chain.remove(0);
		}
		if (chain.isEmpty()) {
			chain.add((item.approvingLeaderRole() != null) ? item.approvingLeaderRole() : Role.SECTION_HEAD.code());
		}
		return chain;
	}

	private Map<String, Object> variables(CaseFile file, Item item, PlatformUser user) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.CASE_NO, file.caseNo());
		variables.put(ProcessVariables.DEPARTMENT, file.departmentCode());
		variables.put(ProcessVariables.CHAIN, String.join(",", chainAfterPreCheck(item)));
		variables.put(ProcessVariables.ON_THE_SPOT, item.onTheSpot());
		variables.put(ProcessVariables.ACTOR, user.getUsername());
		// For e-supervision, which reads the item's published fees from the catalog.
		variables.put(ProcessVariables.ITEM_CODE, item.code());
		variables.put(ProcessVariables.ITEM_VERSION, item.version());
		return variables;
	}

	private static String checkChannel(String channel, Item item, PlatformUser user) {
		if ("ONLINE".equals(channel)) {
			if (!user.hasRole(Role.APPLICANT)) {
				throw new ApiException(HttpStatus.FORBIDDEN, "error.case.channel.online-applicant");
			}
			if ("LEVY".equals(item.kind())) {
				// The department assesses a levy and records the payer at the window
				// (CASE_KINDS); an applicant cannot put one straight into assessment.
				throw CaseValidationException.of("channel", "error.case.channel.levy-online", item.name());
			}
			return channel;
		}
		if ("WINDOW".equals(channel)) {
			if (!user.hasRole(Role.CLERK) || !item.department().code().equals(user.getDepartmentCode())) {
				throw new ApiException(HttpStatus.FORBIDDEN, "error.case.channel.window-clerk",
						item.department().name());
			}
			return channel;
		}
		throw CaseValidationException.of("channel", "error.case.channel.unknown", String.valueOf(channel));
	}

	private static void checkApplicant(ApplicationRequest.Applicant applicant, Item item,
			List<CaseValidationException.Problem> problems) {
		if (applicant == null) {
			problems.add(new CaseValidationException.Problem("applicant", "error.case.applicant.required"));
			return;
		}
		if (applicant.name() == null || applicant.name().isBlank() || applicant.name().strip().length() > 100) {
			problems.add(new CaseValidationException.Problem("applicant.name", "error.case.applicant.name"));
		}
		if (applicant.type() == null || !item.applicantTypes().contains(applicant.type())) {
			problems.add(new CaseValidationException.Problem("applicant.type", "error.case.applicant.type",
					String.valueOf(applicant.type()), String.join("、", item.applicantTypes())));
		}
		String idNo = (applicant.idNo() != null) ? applicant.idNo().strip().toUpperCase(java.util.Locale.ROOT) : "";
		boolean enterprise = "ENTERPRISE".equals(applicant.type());
		if (!(enterprise ? CREDIT_CODE : RESIDENT_ID).matcher(idNo).matches()) {
			problems.add(new CaseValidationException.Problem("applicant.idNo",
					enterprise ? "error.case.applicant.credit-code" : "error.case.applicant.resident-id"));
		}
		else {
			char check = enterprise ? IdNumbers.creditCodeCheck(idNo) : IdNumbers.residentIdCheck(idNo);
			if (idNo.charAt(17) != check) {
				problems.add(new CaseValidationException.Problem("applicant.idNo", enterprise
						? "error.case.applicant.credit-code.check" : "error.case.applicant.resident-id.check", idNo));
			}
		}
		if (applicant.phone() == null || !MOBILE.matcher(applicant.phone().strip()).matches()) {
			problems.add(new CaseValidationException.Problem("applicant.phone", "error.case.applicant.phone"));
		}
	}

	/**
	 * An applicant applying online for themself gives their own phone: cases are found
	 * for an applicant by the phone they carry (CaseAccess), so another's number would
	 * put the case among that person's applications. An account without a phone (none to
	 * compare) may give any.
	 */
	private void checkOwnPhone(ApplicationRequest.Applicant applicant, String channel, PlatformUser user,
			List<CaseValidationException.Problem> problems) {
		if (!"ONLINE".equals(channel) || applicant == null || applicant.phone() == null
				|| !MOBILE.matcher(applicant.phone().strip()).matches()) {
			return;
		}
		String own = this.mapper.phoneOf(user.getUsername()).filter((phone) -> !phone.isBlank()).orElse(null);
		if (own != null && !own.strip().equals(applicant.phone().strip())) {
			problems.add(new CaseValidationException.Problem("applicant.phone", "error.case.applicant.own-phone",
					own.strip()));
		}
	}

	private String formData(Map<String, Object> formData, List<CaseValidationException.Problem> problems) {
		Map<String, Object> data = (formData != null) ? formData : Map.of();
		Object description = data.get("description");
		if (!(description instanceof String text) || text.isBlank()) {
			problems.add(new CaseValidationException.Problem("formData.description", "error.case.form.description"));
		}
		try {
			String serialised = this.json.writeValueAsString(data);
			if (serialised.length() > MAX_FORM_JSON) {
				problems
					.add(new CaseValidationException.Problem("formData", "error.case.form.too-long", MAX_FORM_JSON));
			}
			return serialised;
		}
		catch (JsonProcessingException ex) {
			problems.add(new CaseValidationException.Problem("formData", "error.case.form.unreadable"));
			return "{}";
		}
	}

	private static int limit(cn.egov.approval.catalog.TimeLimit limit) {
		return (limit != null && limit.value() != null) ? limit.value() : 0;
	}

	private static String unit(Item item) {
		return (item.statutoryLimit() != null && item.statutoryLimit().unit() != null) ? item.statutoryLimit().unit()
				: "WORKING_DAYS";
	}

	/**
	 * @param caseNo the case number
	 * @param queryCode the code for anonymous look-ups
	 * @param status the status after receipt
	 */
	public record Received(String caseNo, String queryCode, String status) {
	}

}
