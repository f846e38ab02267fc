package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.casework.CaseNumbers;
import cn.egov.approval.casework.QueryCodes;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.penalty.PenaltyMapper.NewCase;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import cn.egov.approval.penalty.PenaltyRequests.Filing;
import cn.egov.approval.penalty.PenaltyRequests.OnTheSpot;
import cn.egov.approval.penalty.PenaltyRequests.Party;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files penalty cases: a case source for the general procedure (opened once the head
 * approves), or a penalty decided on the spot under the simplified procedure, which is
 * refused with its reason above APL 51's limits. Numbers the case, stores it with two
 * certified officers and starts its process, in one transaction.
 */
@Service
@Transactional
public class PenaltyFiling {

	static final String GENERAL = "penalty-general";

	static final String SIMPLIFIED = "penalty-simplified";

	private final CatalogService catalog;

	private final PenaltyMapper mapper;

	private final CaseNumbers numbers;

	private final OrganisationDirectory organisation;

	private final PenaltyOfficers officers;

	private final PenaltyProperties properties;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final RuntimeService runtime;

	private final DiscretionBenchmarks benchmarks;

	PenaltyFiling(CatalogService catalog, PenaltyMapper mapper, CaseNumbers numbers, OrganisationDirectory organisation,
			PenaltyOfficers officers, PenaltyProperties properties, PenaltyClock clock, PenaltyTimeline timeline,
			RuntimeService runtime, DiscretionBenchmarks benchmarks) {
		this.benchmarks = benchmarks;
		this.catalog = catalog;
		this.mapper = mapper;
		this.numbers = numbers;
		this.organisation = organisation;
		this.officers = officers;
		this.properties = properties;
		this.clock = clock;
		this.timeline = timeline;
		this.runtime = runtime;
	}

	/** Files a case source for opening under the general procedure. */
	public String file(Filing request, PlatformUser user) {
		if (request == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "body");
		}
		Item item = item(request.itemCode(), user);
		basis(request.legalBasis(), item);
		Party party = PenaltyRules.party(request.party());
		String facts = PenaltyRules.text(request.facts(), "facts", 4000);
		String caseNo = store(item, request.legalBasis(), party, facts, "GENERAL", "OPENING", "RECEIVED", user);
		this.officers.assign(caseNo, item.department().code(), user.getUsername(),
				PenaltyRules.text(request.secondOfficer(), "secondOfficer", 64));
		this.timeline.record(caseNo, "FILED", user.getUsername(), "案源登记，报请立案");
		start(generalProcess(item), caseNo, item, user, Map.of());
		return caseNo;
	}

	/**
	 * Decides a penalty on the spot, or refuses the simplified procedure with its reason.
	 */
	public String onTheSpot(OnTheSpot request, PlatformUser user) {
		if (request == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "body");
		}
		Item item = item(request.itemCode(), user);
		LegalBasis basis = basis(request.legalBasis(), item);
		Party party = PenaltyRules.party(request.party());
		String facts = PenaltyRules.text(request.facts(), "facts", 4000);
		BigDecimal fine = PenaltyRules.penalty(basis, request.penaltyKind(), request.fine());
		PenaltyRules.simplified(basis, PartyType.valueOf(party.type()), request.penaltyKind(), fine,
				() -> this.benchmarks.statutoryRange(request.legalBasis()));
		String caseNo = store(item, request.legalBasis(), party, facts, "SIMPLIFIED", "ON_THE_SPOT", "IN_PROGRESS",
				user);
		this.officers.assign(caseNo, item.department().code(), user.getUsername(),
				PenaltyRules.text(request.secondOfficer(), "secondOfficer", 64));
		this.mapper.open(caseNo, this.clock.now(), user.getUsername());
		this.mapper.setCaseAccepted(caseNo, this.clock.now());
		this.mapper.setDecision(caseNo, request.penaltyKind(), fine, this.clock.now(), user.getUsername());
		this.mapper.setCaseDecided(caseNo, this.clock.now());
		this.clock.store(caseNo);
		this.timeline.record(caseNo, "FILED", user.getUsername(), "简易程序当场处罚");
		start(SIMPLIFIED, caseNo, item, user, Map.of());
		return caseNo;
	}

	/**
	 * The item's own general-procedure process once the reform office deployed one for it
	 * (modeling binds the item to {@code item-<code>}), the shared template otherwise.
	 */
	static String generalProcess(Item item) {
		return (item.processKey() != null) ? item.processKey() : GENERAL;
	}

	private Item item(String itemCode, PlatformUser user) {
		String code = PenaltyRules.text(itemCode, "itemCode", 64);
		Item item = this.catalog.findPublished(code)
			.filter((found) -> "PENALTY".equals(found.kind()))
			.orElseThrow(() -> PenaltyRules.invalid("error.penalty.item.unknown", code));
		if (!user.hasRole(Role.PENALTY_OFFICER) || !item.department().code().equals(user.getDepartmentCode())) {
			throw new cn.egov.approval.web.ApiException(org.springframework.http.HttpStatus.FORBIDDEN,
					"error.penalty.role", Role.PENALTY_OFFICER.code());
		}
		return item;
	}

	private LegalBasis basis(String code, Item item) {
		LegalBasis basis = (code != null) ? this.properties.legalBases().get(code) : null;
		if (basis == null || !item.code().equals(basis.itemCode())) {
			throw PenaltyRules.invalid("error.penalty.legal-basis.unknown", String.valueOf(code));
		}
		return basis;
	}

	private String store(Item item, String basis, Party party, String facts, String procedure, String stage,
			String status, PlatformUser user) {
		String department = item.department().code();
		String region = this.organisation.regionOfDepartment(department).map(Region::code).orElseThrow();
		String caseNo = this.numbers.next(department, this.clock.today());
		int promised = (item.promisedLimit() != null && item.promisedLimit().value() != null)
				? item.promisedLimit().value() : this.properties.decisionLimitDays();
		NewCase file = new NewCase(caseNo, QueryCodes.generate(), item.code(), item.version(), item.name(), department,
				region, party.name(), party.type(), party.idNo(), party.phone(), user.getUsername(), this.clock.now(),
				promised, this.properties.decisionLimitDays(), procedure, basis, facts, stage, status);
		this.mapper.insertCaseFile(file);
		this.mapper.insertCase(file);
		return caseNo;
	}

	private void start(String process, String caseNo, Item item, PlatformUser user, Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>(extra);
		variables.put("caseNo", caseNo);
		variables.put("departmentCode", item.department().code());
		variables.put("itemCode", item.code());
		variables.put("itemVersion", item.version());
		variables.put("actor", user.getUsername());
		variables.put("onTheSpot", SIMPLIFIED.equals(process));
		String instance = this.runtime.startProcessInstanceByKey(process, caseNo, variables).getId();
		this.mapper.setProcessInstance(caseNo, instance);
	}

}
