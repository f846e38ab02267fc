package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads penalty cases within the reader's scope. */
@Service
@Transactional(readOnly = true)
public class PenaltyQueries {

	private static final int LIST_LIMIT = 200;

	private final PenaltyAccess access;

	private final PenaltyMapper mapper;

	private final PenaltyProperties properties;

	private final PenaltyNotices notices;

	private final NoticeService noticeService;

	private final FinePayments payments;

	private final PenaltyClock clock;

	private final TaskService tasks;

	private final PreservationMapper preservations;

	private final PenaltyTimeline timeline;

	PenaltyQueries(PenaltyAccess access, PenaltyMapper mapper, PenaltyProperties properties, PenaltyNotices notices,
			NoticeService noticeService, FinePayments payments, PenaltyClock clock, TaskService tasks,
			PreservationMapper preservations, PenaltyTimeline timeline) {
		this.preservations = preservations;
		this.timeline = timeline;
		this.access = access;
		this.mapper = mapper;
		this.properties = properties;
		this.notices = notices;
		this.noticeService = noticeService;
		this.payments = payments;
		this.clock = clock;
		this.tasks = tasks;
	}

	public List<PenaltyCase> list(PlatformUser user) {
		List<String> departments = this.access.departments(user);
		return departments.isEmpty() ? List.of() : this.mapper.list(departments, LIST_LIMIT);
	}

	public PenaltyDetail detail(String caseNo, PlatformUser user) {
		PenaltyCase file = this.access.readable(caseNo, user);
		List<String> open = (file.processInstanceId() == null) ? List.of()
				: this.tasks.createTaskQuery()
					.processInstanceId(file.processInstanceId())
					.active()
					.list()
					.stream()
					.map(Task::getTaskDefinitionKey)
					.toList();
		BigDecimal due = open.contains("AwaitPayment") ? this.payments.due(file, this.clock.today()).total() : null;
		return new PenaltyDetail(file, basis(file.legalBasis()).citation(), open, this.mapper.caseOfficers(caseNo),
				this.mapper.evidence(caseNo), this.mapper.statements(caseNo),
				this.mapper.findHearing(caseNo).orElse(null), this.mapper.pauses(caseNo), this.mapper.payments(caseNo),
				due, this.notices.of(caseNo), this.preservations.ofCase(caseNo), this.timeline.of(caseNo));
	}

	/** A document of a case the user may read, as issued. */
	public byte[] pdf(String caseNo, String noticeId, PlatformUser user) {
		this.access.readable(caseNo, user);
		boolean ofCase = this.notices.of(caseNo).stream().anyMatch((notice) -> notice.id().equals(noticeId));
		return (ofCase ? this.noticeService.pdf(noticeId) : java.util.Optional.<byte[]>empty())
			.orElseThrow(() -> new cn.egov.approval.web.ApiException(org.springframework.http.HttpStatus.NOT_FOUND,
					"error.penalty.notice.unknown", noticeId));
	}

	/** The legal bases by code, for the officer's forms. */
	public Map<String, LegalBasis> legalBases() {
		return new TreeMap<>(this.properties.legalBases());
	}

	private LegalBasis basis(String code) {
		return this.properties.legalBases().get(code);
	}

}
