package cn.egov.approval.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.egov.approval.casework.StepDefinitions;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;

import org.springframework.stereotype.Component;

/**
 * The anomaly rules (异常预警, domain.md §5), each reading the new fact and the facts already
 * known for its case. Notices are read from the notice service (this platform's cases) or
 * from the fact's payload (cases reported through the exchange).
 */
@Component
class AnomalyChecks {

	private final SupervisionFactLog facts;

	private final NoticeService notices;

	private final CatalogService catalog;

	private final WarningProperties properties;

	private final Clock clock;

	AnomalyChecks(SupervisionFactLog facts, NoticeService notices, CatalogService catalog, WarningProperties properties,
			Clock clock) {
		this.facts = facts;
		this.notices = notices;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	List<Finding> check(SupervisionFact fact) {
		List<Finding> found = new ArrayList<>();
		switch (fact.kind()) {
			case TASK_CREATED -> outOfOrder(fact, found);
			case CORRECTION_REQUESTED -> secondCorrection(fact, found);
			case DEEMED_ACCEPTED -> found.add(new Finding(AnomalyKind.DEEMED_ACCEPTANCE, "未在 5 个工作日内作出受理决定，视为受理"));
			case NOT_ACCEPTED ->
				requireText(fact, "reason", AnomalyKind.NON_ACCEPTANCE_WITHOUT_REASONS, "不予受理未说明理由", found);
			case DECIDED -> decided(fact, found);
			case FEE_ASSESSED -> fee(fact, found);
			case PAUSE_STARTED -> noticed(fact, "SPECIAL_PROCEDURE", SupervisionFactKind.PAUSE_STARTED,
					AnomalyKind.PAUSE_WITHOUT_NOTICE, "暂停计时未书面告知申请人", found);
			case EXTENSION_GRANTED -> extension(fact, found);
			case CASE_ENDED -> closed(fact, found);
			case ANOMALY_REPORTED -> found.add(new Finding(fact.get("anomaly"), fact.get("detail")));
			default -> {
			}
		}
		return found;
	}

	/** A chain step opened where the previous signature does not lead. */
	private void outOfOrder(SupervisionFact fact, List<Finding> found) {
		if (!StepDefinitions.isChainStep(fact.step()) || fact.blank("index")) {
			return;
		}
		int index = Integer.parseInt(fact.get("index"));
		List<SupervisionFact> signed = chainSignatures(fact.caseNo(), false);
		SupervisionFact last = signed.isEmpty() ? null : signed.get(signed.size() - 1);
		boolean inOrder = (last == null) ? index == 0 : "RETURN".equals(last.get("outcome"))
				? index <= Integer.parseInt(last.get("index")) : index == Integer.parseInt(last.get("index")) + 1;
		if (!inOrder) {
			found.add(new Finding(AnomalyKind.STEP_OUT_OF_ORDER,
					"审批环节 " + fact.get("role") + " 未按顺序开启（上一签署环节：" + ((last != null) ? last.get("role") : "无") + "）"));
		}
	}

	private void secondCorrection(SupervisionFact fact, List<Finding> found) {
		if (this.facts.ofCase(fact.caseNo(), SupervisionFactKind.CORRECTION_REQUESTED).size() > 1) {
			found.add(new Finding(AnomalyKind.SECOND_CORRECTION, "同一办件第二次要求补正材料，违反一次性告知"));
		}
	}

	private void decided(SupervisionFact fact, List<Finding> found) {
		if ("REFUSED".equals(fact.get("decision"))) {
			requireText(fact, "reasons", AnomalyKind.REFUSAL_WITHOUT_REASONS, "不予许可未说明理由", found);
		}
		Optional<SupervisionFact> recorded = this.facts.ofCase(fact.caseNo(), SupervisionFactKind.CASE_STARTED)
			.stream()
			.findFirst();
		if (recorded.isEmpty() || fact.at().isBefore(recorded.get().at())) {
			found.add(new Finding(AnomalyKind.DECIDED_BEFORE_RECORDED, "作出决定早于办件登记（先批后录）"));
		}
		else if (fact.at().plus(this.properties.backdatingTolerance()).isBefore(enteredAt(fact))) {
			found.add(new Finding(AnomalyKind.BACKDATED, "决定日期倒签：决定时间 " + Warnings.local(fact.at()) + " 早于录入时间"));
		}
		if (!fact.blank("chain") && !"true".equals(fact.get("onTheSpot"))) {
			Set<String> missing = new LinkedHashSet<>(Arrays.asList(fact.get("chain").split(",")));
			chainSignatures(fact.caseNo(), true).forEach((signed) -> missing.remove(signed.get("role")));
			if (!missing.isEmpty()) {
				found.add(new Finding(AnomalyKind.STEP_SKIPPED, "未经审批环节 " + String.join("、", missing) + " 即作出决定"));
			}
		}
	}

	/** When the decision was entered: as the exchange reports it, else now. */
	private java.time.Instant enteredAt(SupervisionFact fact) {
		return fact.blank("enteredAt") ? this.clock.instant() : java.time.Instant.parse(fact.get("enteredAt"));
	}

	private void fee(SupervisionFact fact, List<Finding> found) {
		Optional<List<BigDecimal>> rows = standardFees(fact);
		if (fact.blank("amount") || rows.isEmpty()) {
			return;
		}
		String charged = fact.get("amount").strip();
		// An item's fee rows may be alternatives (住宅 or 非住宅): the case is charged the
		// rows that apply, so any sum of rows is at the standard.
		if (standardSums(rows.get()).stream().noneMatch((standard) -> sameAmount(charged, standard))) {
			BigDecimal all = rows.get().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			found.add(new Finding(AnomalyKind.FEE_OFF_STANDARD,
					"收费 " + charged + " 元与公布标准 " + all.toPlainString() + " 元不符"));
		}
	}

	/** Every sum of one or more of the rows (an item has a handful). */
	private static List<BigDecimal> standardSums(List<BigDecimal> rows) {
		if (rows.size() > 12) {
			return List.of(rows.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		List<BigDecimal> sums = new java.util.ArrayList<>();
		for (int subset = 1; subset < (1 << rows.size()); subset++) {
			BigDecimal sum = BigDecimal.ZERO;
			for (int row = 0; row < rows.size(); row++) {
				sum = ((subset & (1 << row)) != 0) ? sum.add(rows.get(row)) : sum;
			}
			sums.add(sum);
		}
		return sums;
	}

	/**
	 * Whether a charged amount is the standard. An amount that is no number (typed into
	 * the engine by hand) is not the standard, and must not fail the engine's command.
	 */
	private static boolean sameAmount(String charged, BigDecimal standard) {
		try {
			return new BigDecimal(charged).compareTo(standard) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private void extension(SupervisionFact fact, List<Finding> found) {
		requireText(fact, "approvedBy", AnomalyKind.EXTENSION_WITHOUT_APPROVAL, "延长办理期限未经负责人批准", found);
		noticed(fact, "EXTENSION", SupervisionFactKind.EXTENSION_GRANTED, AnomalyKind.EXTENSION_WITHOUT_NOTICE,
				"延长办理期限未书面告知申请人", found);
	}

	private void closed(SupervisionFact fact, List<Finding> found) {
		String end = fact.get("end");
		List<String> required = new ArrayList<>(this.properties.mandatoryNotices().getOrDefault(end, List.of()));
		if ("true".equals(fact.get("onTheSpot"))) {
			required.remove("ACCEPTANCE");
		}
		Set<String> issued = issuedTypes(fact);
		List<String> missing = required.stream().filter((type) -> !issued.contains(type)).toList();
		if (!missing.isEmpty()) {
			found.add(new Finding(AnomalyKind.CLOSED_WITHOUT_NOTICES, "办结时缺少法定文书：" + String.join("、", missing)));
		}
	}

	/**
	 * As many notices of the type as facts of the kind, or a notice named in the payload.
	 */
	private void noticed(SupervisionFact fact, String noticeType, SupervisionFactKind kind, AnomalyKind anomaly,
			String detail, List<Finding> found) {
		if (!fact.blank("noticeSerialNo")) {
			return;
		}
		long issued = this.notices.findByCase(fact.caseNo())
			.stream()
			.filter((notice) -> noticeType.equals(notice.type()))
			.count();
		if (issued < this.facts.ofCase(fact.caseNo(), kind).size()) {
			found.add(new Finding(anomaly, detail));
		}
	}

	private Set<String> issuedTypes(SupervisionFact fact) {
		Set<String> types = new LinkedHashSet<>();
		this.notices.findByCase(fact.caseNo()).stream().map(StoredNotice::type).forEach(types::add);
		if (!fact.blank("notices")) {
			types.addAll(Arrays.asList(fact.get("notices").split(",")));
		}
		return types;
	}

	private Optional<List<BigDecimal>> standardFees(SupervisionFact fact) {
		Optional<SupervisionFact> started = this.facts.ofCase(fact.caseNo(), SupervisionFactKind.CASE_STARTED)
			.stream()
			.findFirst();
		Optional<Item> item = started.filter((s) -> s.itemCode() != null && !s.blank("itemVersion"))
			.flatMap((s) -> this.catalog.findVersion(s.itemCode(), Integer.parseInt(s.get("itemVersion"))));
		if (item.isEmpty() || item.get().fees().stream().anyMatch((f) -> f.amount() == null)) {
			// A fee by formula has no single standard to compare with.
			return Optional.empty();
		}
		return Optional.of(item.get().fees().stream().map(Fee::amount).toList());
	}

	private List<SupervisionFact> chainSignatures(String caseNo, boolean approvingOnly) {
		return this.facts.ofCase(caseNo, SupervisionFactKind.TASK_COMPLETED)
			.stream()
			.filter((f) -> StepDefinitions.isChainStep(f.step()) && !f.blank("index"))
			.filter((f) -> !approvingOnly || !"RETURN".equals(f.get("outcome")))
			.toList();
	}

	private static void requireText(SupervisionFact fact, String name, AnomalyKind anomaly, String detail,
			List<Finding> found) {
		if (fact.blank(name)) {
			found.add(new Finding(anomaly, detail));
		}
	}

	/**
	 * @param kind the warning kind
	 * @param detail what happened, in words
	 */
	record Finding(String kind, String detail) {

		Finding(AnomalyKind kind, String detail) {
			this(kind.name(), detail);
		}

	}

	/**
	 * The looping chain step of the template processes ({@code ChainStep}) or one of a
	 * generated process's chain steps ({@code ChainStepSectionHead} ...).
	 */

}
