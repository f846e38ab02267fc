package cn.egov.approval.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The platform's clock. It reads Camunda's {@link ClockUtil} rather than keeping time of
 * its own, because the engine decides with ClockUtil when timers are due and what history
 * records: one source, so the platform and the engine can never disagree about "now",
 * simulated or not.
 */
public final class PlatformClock extends Clock {

	/** Every legal clock in the platform runs in China Standard Time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ZoneId zone;

	public PlatformClock() {
		this(ZONE);
	}

	private PlatformClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new PlatformClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
