package cn.egov.approval.supervision;

import java.time.LocalDateTime;
import java.util.Map;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.organisation.Region;
import cn.egov.approval.organisation.OrganisationDirectory;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a supervision card for each warning whose level opens one, in the transaction
 * that raised the warning: the card row and its process instance commit or roll back with
 * the warning. Warnings are raised from inside engine commands (a history event handler),
 * so the process's start event is asynchronous: the nested start only writes the instance
 * and a job, and the card's work (notices, the department's task) runs in that job.
 */
@Component
class CardOpener {

	private static final Logger log = LoggerFactory.getLogger(CardOpener.class);

	private final SupervisionCardMapper mapper;

	private final CardBureaus bureaus;

	private final CardHistory history;

	private final OrganisationDirectory organisation;

	private final RuntimeService runtime;

	private final SupervisionCardProperties properties;

	CardOpener(SupervisionCardMapper mapper, CardBureaus bureaus, CardHistory history,
			OrganisationDirectory organisation, RuntimeService runtime, SupervisionCardProperties properties) {
		this.mapper = mapper;
		this.bureaus = bureaus;
		this.history = history;
		this.organisation = organisation;
		this.runtime = runtime;
		this.properties = properties;
	}

	/**
	 * Opens the warning's card unless its level opens none or the warning has one already
	 * (a warning published again by a retried job).
	 */
	@EventListener
	@Transactional
	public void open(WarningRaised warning) {
		if (!warning.level().opensCard() || this.mapper.findByWarning(warning.warningId()).isPresent()) {
			return;
		}
		String department = warning.departmentCode();
		Region region = this.organisation.regionOfDepartment(department)
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + department));
		LocalDateTime now = this.history.now();
		SupervisionCard card = new SupervisionCard(null, null, warning.warningId(), warning.caseNo(), department,
				this.bureaus.bureauOf(department).code(), warning.level(), warning.kind(), CardStatus.OPENED, null,
				null, null, null, null, false, 0, null, null, null,
				LocalDateTime.ofInstant(warning.raisedAt(), PlatformClock.ZONE).withNano(0), now, null);
		SupervisionCardMapper.GeneratedKey key = new SupervisionCardMapper.GeneratedKey();
		this.mapper.insert(card, key);
		long id = key.getId();
		String cardNo = String.format("DB-%d-%05d", now.getYear(), id);
		this.mapper.setCardNo(id, cardNo);
		this.history.record(id, CardEventKind.OPENED, CardHistory.SYSTEM, null,
				warning.level() + " " + warning.kind() + "（预警 " + warning.warningId() + "）");
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(CardVariables.PROCESS_KEY, cardNo,
				Map.of(CardVariables.CARD_ID, id, CardVariables.CASE_NO, warning.caseNo(),
						CardVariables.DEPARTMENT_CODE, department, CardVariables.REGION_CODE, region.code(),
						CardVariables.ANSWER_DAYS, this.properties.answerWorkingDays(), CardVariables.REVIEW_GROUPS,
						this.bureaus.reviewGroups(department)));
		this.mapper.setProcessInstance(id, instance.getId());
		log.info("Supervision card {} opened for warning {} ({} {}, case {})", cardNo, warning.warningId(),
				warning.level(), warning.kind(), warning.caseNo());
	}

}
