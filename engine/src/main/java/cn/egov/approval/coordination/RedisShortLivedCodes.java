package cn.egov.approval.coordination;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link ShortLivedCodes} in Redis: SET with PX, and GETDEL so that a code is taken once
 * across all nodes.
 */
class RedisShortLivedCodes implements ShortLivedCodes {

	private final StringRedisTemplate redis;

	private final String prefix;

	RedisShortLivedCodes(StringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.prefix = keyPrefix + "code:";
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.redis.opsForValue().set(this.prefix + key, value, ttl);
	}

	@Override
	public Optional<String> peek(String key) {
		return Optional.ofNullable(this.redis.opsForValue().get(this.prefix + key));
	}

	@Override
	public Optional<String> take(String key) {
		return Optional.ofNullable(this.redis.opsForValue().getAndDelete(this.prefix + key));
	}

}
