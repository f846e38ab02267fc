package cn.egov.approval.casework;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.context.support.StaticMessageSource;

/**
 * The stand-ins the bare engine of the throughput benchmark resolves for
 * {@code ${licensingSteps...}} and {@code ${caseClock...}}: the same method signatures,
 * setting only the process variables the gateways read (chainResult, decision, stepIndex,
 * currentRole, currentStepName, feeDue) and returning fixed dates. Public, as the
 * engine's expression language calls them by reflection.
 */
final class BareLicensingBeans {

	/** Where the stand-in clock puts every legal-clock timer. */
	static final Date FAR_AHEAD = Date.from(Instant.parse("2099-12-31T15:59:59Z"));

	private BareLicensingBeans() {
	}

	/**
	 * {@link LicensingSteps} without the platform: the chain variables of
	 * {@code enterChain}/{@code advanceChain} (the platform's own code, which touches
	 * nothing else) and the fee flag.
	 */
	public static final class Steps {

		/**
		 * The platform's own chain logic, which reads and writes process variables only
		 * (step names fall back to the role codes): nothing else of it is reachable.
		 */
		private final LicensingSteps chain = new LicensingSteps(null, null, null, null, null, null, null,
				new StepDefinitions(new StaticMessageSource()), null, null);

		public void accept(DelegateExecution execution) {
		}

		public void deemAccepted(DelegateExecution execution) {
			execution.setVariable(ProcessVariables.OUTCOME, "ACCEPT");
		}

		public void requestCorrection(DelegateExecution execution) {
		}

		public void closeUnsupplemented(DelegateExecution execution) {
		}

		public void reject(DelegateExecution execution) {
		}

		public void enterChain(DelegateExecution execution) {
			this.chain.enterChain(execution);
		}

		public void advanceChain(DelegateExecution execution) {
			this.chain.advanceChain(execution);
		}

		public void decideExtension(DelegateExecution execution) {
		}

		public void recordClockEvent(DelegateExecution execution, String kind) {
		}

		public void approve(DelegateExecution execution) {
			execution.setVariable(ProcessVariables.FEE_DUE, false);
		}

		public void refuse(DelegateExecution execution) {
		}

		public void requestPayment(DelegateExecution execution) {
		}

		public void recordFeePaid(DelegateExecution execution) {
		}

		public void issueCertificate(DelegateExecution execution) {
		}

		public void close(DelegateExecution execution) {
		}

	}

	/** {@link CaseClock} without the platform: every date far ahead, no case read. */
	public static final class Clock {

		public Date reminderAt(String caseNo) {
			return FAR_AHEAD;
		}

		public Date promisedDueAt(String caseNo) {
			return FAR_AHEAD;
		}

		public Date statutoryDueAt(String caseNo) {
			return FAR_AHEAD;
		}

		public Date subLimitDueAt(String caseNo, String departmentCode) {
			return FAR_AHEAD;
		}

		public Date certificateDueAt(String caseNo) {
			return FAR_AHEAD;
		}

		public Date correctionDueAt(String caseNo) {
			return FAR_AHEAD;
		}

		public List<String> coDepartments(String caseNo) {
			return List.of();
		}

	}

}
