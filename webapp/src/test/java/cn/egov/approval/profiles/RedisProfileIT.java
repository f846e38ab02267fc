package cn.egov.approval.profiles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.InMemoryDatabase;
import cn.egov.approval.coordination.EventFanOut;
import cn.egov.approval.coordination.RateLimiter;
import cn.egov.approval.coordination.ShortLivedCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's shared-state interfaces round-trip through a real Redis under the
 * {@code redis} profile. Switched on by {@code -Dplatform.it.redis=true} (as .ci/run
 * does); then an unreachable Redis fails the test.
 */
@EnabledIfSystemProperty(named = "platform.it.redis", matches = "true")
@ActiveProfiles({ "embedded", "redis" })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { InMemoryDatabase.PRIVATE_URL_PROPERTY,
		"platform.coordination.key-prefix=" + RedisProfileIT.PREFIX })
class RedisProfileIT {

	static final String PREFIX = "approval-it:";

	@LocalServerPort
	int port;

	@Autowired
	ShortLivedCodes codes;

	@Autowired
	RateLimiter rateLimiter;

	@Autowired
	EventFanOut fanOut;

	@Autowired
	CacheManager cacheManager;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void shouldKeepShortLivedCodesInRedisAndHandThemOutOnce() {
		String key = "sms:" + UUID.randomUUID();

		this.codes.put(key, "482913", Duration.ofMinutes(5));

		assertThat(this.redis.opsForValue().get(PREFIX + "code:" + key)).isEqualTo("482913");
		assertThat(this.redis.getExpire(PREFIX + "code:" + key)).isBetween(1L, 300L);
		assertThat(this.codes.peek(key)).contains("482913");
		assertThat(this.codes.take(key)).contains("482913");
		assertThat(this.codes.take(key)).isEmpty();
	}

	@Test
	void shouldExpireShortLivedCodes() {
		String key = "expiring:" + UUID.randomUUID();

		this.codes.put(key, "x", Duration.ofMillis(200));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.codes.peek(key).isEmpty());
	}

	@Test
	void shouldCountHitsInAWindowAcrossCalls() {
		String key = "it:" + UUID.randomUUID();

		assertThat(this.rateLimiter.recordHit(key, Duration.ofMinutes(1))).isEqualTo(1);
		assertThat(this.rateLimiter.recordHit(key, Duration.ofMinutes(1))).isEqualTo(2);
		assertThat(this.rateLimiter.hits(key)).isEqualTo(2);
		assertThat(this.redis.getExpire(PREFIX + "rate:" + key)).isBetween(1L, 60L);

		this.rateLimiter.reset(key);

		assertThat(this.rateLimiter.hits(key)).isZero();
	}

	@Test
	void shouldFanOutMessagesThroughRedisPubSub() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		String channel = "it-" + UUID.randomUUID();
		try (AutoCloseable subscription = this.fanOut.subscribe(channel, received::add)) {
			// Redis delivers only to subscriptions already registered: publish until the
			// first arrives.
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
				this.fanOut.publish(channel, "案件已受理");
				assertThat(received).contains("案件已受理");
			});
		}
	}

	@Test
	void shouldCacheInRedis() {
		assertThat(this.cacheManager).isInstanceOf(RedisCacheManager.class);
		Cache cache = this.cacheManager.getCache("it");
		String key = UUID.randomUUID().toString();

		cache.put(key, "示范县");

		assertThat(cache.get(key, String.class)).isEqualTo("示范县");
		assertThat(this.redis.hasKey("approval:cache:it::" + key)).isTrue();
	}

	@Test
	void shouldThrottleLoginsThroughRedis() {
		HttpCaller wrong = HttpCaller.basic(this.port, "leader", "wrong");
		for (int attempt = 0; attempt < 10; attempt++) {
			wrong.get("/api/me");
		}

		assertThat(HttpCaller.basic(this.port, "leader", "demo").get("/api/me").status()).isEqualTo(429);
		assertThat(this.redis.opsForValue().get(PREFIX + "rate:login-failures:leader")).isEqualTo("10");
		this.redis.delete(PREFIX + "rate:login-failures:leader");
	}

	@Test
	void shouldReportRedisInHealth() {
		var health = HttpCaller.basic(this.port, "admin", "demo").get("/actuator/health").json();

		assertThat(health.at("/components/redis/status").asText()).isEqualTo("UP");
	}

}
