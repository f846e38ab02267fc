package cn.egov.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The online approval and e-supervision platform: one jar with the engine, its REST API,
 * webapps and the Vue app.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ApprovalPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApprovalPlatformApplication.class, args);
	}

}
