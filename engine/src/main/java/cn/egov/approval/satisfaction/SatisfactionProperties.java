package cn.egov.approval.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Satisfaction settings ({@code platform.satisfaction.*}).
 *
 * @param publicRatingsPerMinute anonymous ratings allowed per client and minute, so that
 * query codes cannot be guessed by rating
 */
@ConfigurationProperties("platform.satisfaction")
public record SatisfactionProperties(Integer publicRatingsPerMinute) {

	public SatisfactionProperties {
		publicRatingsPerMinute = (publicRatingsPerMinute != null) ? publicRatingsPerMinute : 20;
	}

}
