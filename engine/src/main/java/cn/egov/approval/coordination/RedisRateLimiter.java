package cn.egov.approval.coordination;

import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link RateLimiter} in Redis: INCR, with the window's expiry set by the first hit,
 * atomically in one script.
 */
class RedisRateLimiter implements RateLimiter {

	private static final RedisScript<Long> HIT = RedisScript.of("""
			local hits = redis.call('INCR', KEYS[1])
			if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			return hits
			""", Long.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	RedisRateLimiter(StringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.prefix = keyPrefix + "rate:";
	}

	@Override
	public long recordHit(String key, Duration window) {
		Long hits = this.redis.execute(HIT, List.of(this.prefix + key), Long.toString(window.toMillis()));
		return (hits != null) ? hits : 0;
	}

	@Override
	public long hits(String key) {
		String value = this.redis.opsForValue().get(this.prefix + key);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	@Override
	public void reset(String key) {
		this.redis.delete(this.prefix + key);
	}

}
