package cn.egov.approval.clock;

import java.time.Clock;
import java.time.Instant;

import cn.egov.approval.coordination.EventFanOut;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Moves the platform's clock (and so the engine's) by an offset from real time: time
 * keeps running after a move, as it would on the day simulated. Every node applies the
 * same offset through the fan-out channel, and each wakes its job executor so that timers
 * that became due fire within seconds rather than after the acquisition back-off.
 */
@Service
@ConditionalOnProperty(name = "platform.simulation.enabled", havingValue = "true")
public class SimulatedClock {

	static final String CHANNEL = "clock";

	private static final String RESET = "reset";

	private static final Logger log = LoggerFactory.getLogger(SimulatedClock.class);

	private final Clock clock;

	private final EventFanOut fanOut;

	private final ProcessEngineConfigurationImpl engineConfiguration;

	private final AutoCloseable subscription;

	private volatile boolean simulated;

	public SimulatedClock(Clock clock, EventFanOut fanOut, ProcessEngineConfigurationImpl engineConfiguration) {
		this.clock = clock;
		this.fanOut = fanOut;
		this.engineConfiguration = engineConfiguration;
		this.subscription = fanOut.subscribe(CHANNEL, this::apply);
	}

	public Instant now() {
		return this.clock.instant();
	}

	public boolean isSimulated() {
		return this.simulated;
	}

	public void moveTo(Instant target) {
		String message = Long.toString(target.toEpochMilli() - System.currentTimeMillis());
		apply(message);
		this.fanOut.publish(CHANNEL, message);
	}

	public void reset() {
		apply(RESET);
		this.fanOut.publish(CHANNEL, RESET);
	}

	private void apply(String message) {
		if (RESET.equals(message)) {
			ClockUtil.reset();
			this.simulated = false;
		}
		else {
			ClockUtil.offset(Long.parseLong(message));
			this.simulated = true;
		}
		log.info("Simulated clock now at {}", this.clock.instant());
		JobExecutor jobExecutor = this.engineConfiguration.getJobExecutor();
		if (jobExecutor != null && jobExecutor.isActive()) {
			jobExecutor.jobWasAdded();
		}
	}

	@PreDestroy
	void stopListening() throws Exception {
		this.subscription.close();
	}

}
