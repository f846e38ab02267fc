package cn.egov.approval.coordination;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** {@link EventFanOut} over Redis pub/sub. */
class RedisEventFanOut implements EventFanOut {

	private final StringRedisTemplate redis;

	private final RedisMessageListenerContainer container;

	private final String prefix;

	RedisEventFanOut(StringRedisTemplate redis, RedisMessageListenerContainer container, String keyPrefix) {
		this.redis = redis;
		this.container = container;
		this.prefix = keyPrefix + "channel:";
	}

	@Override
	public void publish(String channel, String message) {
		this.redis.convertAndSend(this.prefix + channel, message);
	}

	@Override
	public AutoCloseable subscribe(String channel, Consumer<String> listener) {
		ChannelTopic topic = new ChannelTopic(this.prefix + channel);
		MessageListener redisListener = (message, pattern) -> listener
			.accept(new String(message.getBody(), StandardCharsets.UTF_8));
		this.container.addMessageListener(redisListener, topic);
		return () -> this.container.removeMessageListener(redisListener, topic);
	}

}
