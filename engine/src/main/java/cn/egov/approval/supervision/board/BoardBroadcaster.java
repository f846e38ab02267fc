package cn.egov.approval.supervision.board;

import cn.egov.approval.coordination.EventFanOut;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.supervision.WarningRaised;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each new warning to every node's board once its transaction has committed: a
 * rolled-back engine transaction (whose warning is gone with it) sends nothing, and a
 * viewer never sees a warning the database does not have.
 */
@Component
class BoardBroadcaster {

	static final String CHANNEL = "supervision-board";

	private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

	private final EventFanOut fanOut;

	private final OrganisationDirectory organisation;

	private final ObjectMapper json;

	BoardBroadcaster(EventFanOut fanOut, OrganisationDirectory organisation, ObjectMapper json) {
		this.fanOut = fanOut;
		this.organisation = organisation;
		this.json = json;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void warningRaised(WarningRaised warning) {
		String departmentName = this.organisation.department(warning.departmentCode())
			.map(Department::name)
			.orElse(warning.departmentCode());
		LiveWarning live = new LiveWarning(warning.warningId(), warning.caseNo(), warning.departmentCode(),
				departmentName, warning.level(), warning.kind(), warning.raisedAt());
		try {
			this.fanOut.publish(CHANNEL, this.json.writeValueAsString(live));
		}
		catch (JsonProcessingException | RuntimeException ex) {
			// The warning is committed and listed; only its live delivery is lost.
			log.warn("Could not send warning {} to the board", warning.warningId(), ex);
		}
	}

}
