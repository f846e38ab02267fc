package cn.egov.approval;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

/** What tests do with the process instances they started once they are over. */
public final class ProcessInstances {

	private static final int ATTEMPTS = 20;

	private ProcessInstances() {
	}

	/**
	 * Deletes an instance (skipping listeners and I/O mappings) if it still runs. The job
	 * executor may be running one of its jobs at that moment, and the delete then loses
	 * the optimistic lock: it waits for the job's commit and tries again.
	 */
	public static void deleteIfRunning(RuntimeService runtime, String processInstanceId, String reason) {
		for (int attempt = 1;; attempt++) {
			try {
				runtime.deleteProcessInstanceIfExists(processInstanceId, reason, false, true, false, false);
				return;
			}
			catch (OptimisticLockingException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
