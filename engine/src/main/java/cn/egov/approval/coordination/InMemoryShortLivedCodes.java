package cn.egov.approval.coordination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link ShortLivedCodes} in this JVM; expired entries are dropped when touched and on
 * every write.
 */
class InMemoryShortLivedCodes implements ShortLivedCodes {

	private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	InMemoryShortLivedCodes(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		Instant now = this.clock.instant();
		this.entries.values().removeIf((entry) -> entry.expiredAt(now));
		this.entries.put(key, new Entry(value, now.plus(ttl)));
	}

	@Override
	public Optional<String> peek(String key) {
		Entry entry = this.entries.get(key);
		return alive(entry);
	}

	@Override
	public Optional<String> take(String key) {
		return alive(this.entries.remove(key));
	}

	private Optional<String> alive(Entry entry) {
		if (entry == null || entry.expiredAt(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	private record Entry(String value, Instant expiresAt) {

		boolean expiredAt(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

}
