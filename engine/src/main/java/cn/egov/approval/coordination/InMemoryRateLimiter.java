package cn.egov.approval.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RateLimiter} in this JVM. */
class InMemoryRateLimiter implements RateLimiter {

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	InMemoryRateLimiter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public long recordHit(String key, Duration window) {
		Instant now = this.clock.instant();
		return this.windows.compute(key, (k, current) -> (current == null || current.endedAt(now))
				? new Window(1, now.plus(window)) : new Window(current.hits() + 1, current.endsAt()))
			.hits();
	}

	@Override
	public long hits(String key) {
		Window window = this.windows.get(key);
		return (window == null || window.endedAt(this.clock.instant())) ? 0 : window.hits();
	}

	@Override
	public void reset(String key) {
		this.windows.remove(key);
	}

	private record Window(long hits, Instant endsAt) {

		boolean endedAt(Instant now) {
			return !now.isBefore(this.endsAt);
		}

	}

}
