package cn.egov.approval.coordination;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Chooses the implementations of the shared-state interfaces. Caching goes through
 * Spring's cache abstraction: an in-process map by default, Redis under the {@code redis}
 * profile ({@code spring.cache.type}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CoordinationProperties.class)
class CoordinationConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "platform.coordination.store", havingValue = "memory", matchIfMissing = true)
	static class InMemory {

		@Bean
		ShortLivedCodes shortLivedCodes(Clock clock) {
			return new InMemoryShortLivedCodes(clock);
		}

		@Bean
		RateLimiter rateLimiter(Clock clock) {
			return new InMemoryRateLimiter(clock);
		}

		@Bean
		EventFanOut eventFanOut() {
			return new InMemoryEventFanOut();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "platform.coordination.store", havingValue = "redis")
	static class Redis {

		@Bean
		ShortLivedCodes shortLivedCodes(StringRedisTemplate redis, CoordinationProperties properties) {
			return new RedisShortLivedCodes(redis, properties.keyPrefix());
		}

		@Bean
		RateLimiter rateLimiter(StringRedisTemplate redis, CoordinationProperties properties) {
			return new RedisRateLimiter(redis, properties.keyPrefix());
		}

		@Bean
		RedisMessageListenerContainer fanOutListenerContainer(RedisConnectionFactory connectionFactory) {
			RedisMessageListenerContainer container = new RedisMessageListenerContainer();
			container.setConnectionFactory(connectionFactory);
			return container;
		}

		@Bean
		EventFanOut eventFanOut(StringRedisTemplate redis, RedisMessageListenerContainer fanOutListenerContainer,
				CoordinationProperties properties) {
			return new RedisEventFanOut(redis, fanOutListenerContainer, properties.keyPrefix());
		}

	}

}
