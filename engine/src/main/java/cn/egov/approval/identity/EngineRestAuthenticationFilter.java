package cn.egov.approval.identity;

import java.io.IOException;

import cn.egov.approval.accounts.PlatformUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user Spring Security authenticated to Camunda for the duration of a
 * {@code /engine-rest} call, so that Camunda's authorization checks apply to the REST API
 * exactly as to Cockpit and Tasklist.
 */
public class EngineRestAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	public EngineRestAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PlatformUser user)) {
			// Spring Security lets no anonymous call reach /engine-rest; refuse rather
			// than run unchecked.
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.identityService.setAuthentication(user.getUsername(),
				CamundaGroups.of(user.getRoles(), user.getDepartmentCode()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
