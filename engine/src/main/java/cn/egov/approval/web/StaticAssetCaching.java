package cn.egov.approval.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Vite names every built asset after its content hash, so a browser may keep it for a
 * year; {@code index.html}, which names the current hashes, keeps Spring Security's
 * no-store and is fetched fresh on each visit.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetCaching implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
