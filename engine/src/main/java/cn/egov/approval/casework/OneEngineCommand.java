package cn.egov.approval.casework;

import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import org.springframework.stereotype.Component;

/**
 * Runs a task completion's checks and changes as one engine command. The engine services
 * called inside reuse that command's context, so the task, its execution and its
 * variables are read once and written in one flush, where separate service calls each
 * read them again and flush on their own.
 */
@Component
class OneEngineCommand {

	private final CommandExecutor executor;

	OneEngineCommand(ProcessEngineConfigurationImpl engineConfiguration) {
		this.executor = engineConfiguration.getCommandExecutorTxRequired();
	}

	/**
	 * Checks, then changes. The checks only read; when one fails, its exception is thrown
	 * after the command has closed with nothing to write, so that the engine does not log
	 * a caller's mistake (a wrong outcome, a stale task) as a failed command.
	 * @param <T> what the checks hand to the changes
	 * @param <R> the result
	 * @param check reads and checks
	 * @param change the changes made with what the checks found
	 * @return the changes' result
	 */
	<T, R> R run(Supplier<T> check, Function<T, R> change) {
		Outcome<R> outcome = this.executor.execute((commandContext) -> {
			T checked;
			try {
				checked = check.get();
			}
			catch (RuntimeException ex) {
				return new Outcome<R>(null, ex);
			}
			return new Outcome<>(change.apply(checked), null);
		});
		if (outcome.refusal() != null) {
			throw outcome.refusal();
		}
		return outcome.result();
	}

	/**
	 * Runs reads as one engine command: the engine's queries and the platform's mappers
	 * inside share one transaction and connection, where separate calls each take a
	 * connection and commit on their own. The reads must not fail on data a colleague
	 * changes meanwhile, or the whole read fails.
	 * @param <T> what the reads return
	 * @param reads the reads
	 * @return their result
	 */
	<T> T read(Supplier<T> reads) {
		return this.executor.execute((commandContext) -> reads.get());
	}

	private record Outcome<R>(R result, RuntimeException refusal) {
	}

}
