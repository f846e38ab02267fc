package cn.egov.approval.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo organisation and logins (once) at start-up
 * @param password the password of every demo login
 */
@ConfigurationProperties("platform.demo")
public record DemoProperties(boolean enabled, @DefaultValue("demo") String password) {
}
