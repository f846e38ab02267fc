package cn.egov.approval.fees;

import java.time.LocalDate;
import java.util.List;

import cn.egov.approval.supervision.Anomalies;
import cn.egov.approval.supervision.AnomalyKind;

import org.springframework.stereotype.Component;

/**
 * What the ledger reports to e-supervision (domain.md §4). Anomalies on a case are raised
 * on the case; a blank receipt voided or a window's day that does not balance has no
 * case, so it is raised under a key of its own, answerable by the window's department.
 */
@Component
class FeeAnomalies {

	/** Who answers for the central window, which belongs to no functional department. */
	static final String SERVICE_CENTRE = "SFX-ZWFW";

	private final Anomalies anomalies;

	FeeAnomalies(Anomalies anomalies) {
		this.anomalies = anomalies;
	}

	void onCase(String caseNo, AnomalyKind kind, String detail) {
		this.anomalies.report(caseNo, kind, detail);
	}

	void receiptVoided(FeeWindow window, String receiptNo, String reason) {
		this.anomalies.report("票据-" + receiptNo, department(window), AnomalyKind.RECEIPT_VOIDED,
				"票据 " + receiptNo + " 作废：" + reason);
	}

	void skipped(String caseNo, List<String> receiptNos) {
		this.anomalies.report(caseNo, AnomalyKind.RECEIPT_SKIPPED, "跳号：" + String.join("、", receiptNos) + " 未使用");
	}

	void imbalance(FeeWindow window, LocalDate day, String detail) {
		this.anomalies.report(settlementKey(window.code(), day), department(window), AnomalyKind.DAILY_IMBALANCE,
				detail);
	}

	static String settlementKey(String windowCode, LocalDate day) {
		return "日结-" + windowCode + "-" + day;
	}

	private static String department(FeeWindow window) {
		return (window.departmentCode() != null) ? window.departmentCode() : SERVICE_CENTRE;
	}

}
