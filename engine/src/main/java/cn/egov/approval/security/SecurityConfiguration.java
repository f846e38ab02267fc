package cn.egov.approval.security;

import cn.egov.approval.accounts.Role;
import cn.egov.approval.identity.EngineRestAuthenticationFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

	private static final String[] STAFF_AUTHORITIES = java.util.Arrays.stream(Role.values())
		.filter(Role::isStaff)
		.map(Role::name)
		.toArray(String[]::new);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Camunda's Cockpit, Tasklist and Admin authenticate and protect against CSRF by
	 * themselves.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(path("/camunda/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain platform(HttpSecurity http, JsonErrorWriter errors, LoginThrottle throttle,
			LoginResponses loginResponses, CsrfTokenRepository csrfTokenRepository,
			CsrfTokenRequestHandler csrfTokenRequestHandler, SecurityContextRepository securityContextRepository)
			throws Exception {
		JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint(errors);
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/auth/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/engine-rest/**")
				.hasAnyRole(STAFF_AUTHORITIES)
				// The public service guide reads published catalog items and their blank
				// forms without login; the endpoints themselves hide drafts.
				.requestMatchers(HttpMethod.GET, "/api/items", "/api/items/{code}", "/api/items/blank-forms/{id}")
				.permitAll()
				// The guide's department filter; the endpoint shows public fields only.
				.requestMatchers(HttpMethod.GET, "/api/organisation/departments")
				.permitAll()
				// Anonymous progress look-ups by case number and query code
				// (rate-limited).
				.requestMatchers(HttpMethod.GET, "/api/public/**")
				.permitAll()
				// Complaints and ratings from the portal without login (rate-limited; a
				// signed-in caller is still recognised, e.g. staff rating their own
				// case).
				.requestMatchers(HttpMethod.POST, "/api/public/**", "/api/complaints")
				.permitAll()
				// The OpenAPI description of /api and Swagger UI (springdoc).
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				// Every /api endpoint declares its own roles with @PreAuthorize; a test
				// checks that none forgets.
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			// The login page is the Vue app's /login route; naming it keeps Spring's
			// generated page away.
			.formLogin((form) -> form.loginPage("/login")
				.loginProcessingUrl(LoginThrottleFilter.LOGIN_PATH)
				.successHandler(loginResponses::succeeded)
				.failureHandler(loginResponses::failed))
			.logout((logout) -> logout
				.logoutRequestMatcher(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.httpBasic(
					(basic) -> basic.realmName(JsonAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new JsonAccessDeniedHandler(errors)))
			// Shared with SessionLogins, which signs in by phone code the way the form
			// does.
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository)
				.csrfTokenRequestHandler(csrfTokenRequestHandler)
				.ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials))
			// The Vue app remembers where the user was going; a server-side saved request
			// would only cost a session.
			.requestCache(AbstractHttpConfigurer::disable)
			.addFilterBefore(new LoginThrottleFilter(throttle, errors), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			.build();
	}

	/**
	 * Matches the whole path, whichever servlet serves it: Camunda's REST API and web
	 * apps run in Jersey servlets, where Spring MVC's servlet-relative matching would
	 * silently miss them.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	/**
	 * The Vue app reads the token from this cookie and sends it back in the header. Both
	 * are named apart from Camunda's own {@code XSRF-TOKEN}, which its web apps keep
	 * under {@code /camunda}, so neither app can pick up the other's token.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieName("PLATFORM-XSRF-TOKEN");
		repository.setHeaderName("X-PLATFORM-XSRF-TOKEN");
		repository.setCookiePath("/");
		return repository;
	}

	/**
	 * The token goes to the Vue app as it is, not XOR-masked per response: it reads the
	 * cookie, not a rendered page.
	 */
	@Bean
	CsrfTokenRequestHandler csrfTokenRequestHandler() {
		return new CsrfTokenRequestAttributeHandler();
	}

	/** Spring Security's default: the session, and the request for this request. */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Requests that carry Basic credentials come from scripts and the desktop Modeler,
	 * not from a browser session a third-party page could ride on, so they need no CSRF
	 * token.
	 */
	static boolean carriesBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	@Bean
	FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(IdentityService identityService) {
		FilterRegistrationBean<EngineRestAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineRestAuthenticationFilter(identityService));
		registration.addUrlPatterns("/engine-rest/*");
		// After Spring Security's filter chain (order -100), which has authenticated the
		// caller by then.
		registration.setOrder(0);
		return registration;
	}

}
