package cn.egov.approval.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the {@link NotificationDispatcher} on every node with a fixed delay. Registered
 * here rather than with {@code @Scheduled}, so that the delay comes from the typed
 * {@link NotificationProperties} like every other setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration implements SchedulingConfigurer {

	private final NotificationDispatcher dispatcher;

	private final NotificationProperties properties;

	NotificationConfiguration(NotificationDispatcher dispatcher, NotificationProperties properties) {
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.dispatcher::dispatch, this.properties.dispatchInterval());
	}

}
