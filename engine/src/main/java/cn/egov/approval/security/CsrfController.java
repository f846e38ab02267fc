package cn.egov.approval.security;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets the Vue app obtain the {@code PLATFORM-XSRF-TOKEN} cookie before its first POST
 * (the login itself).
 */
@RestController
class CsrfController {

	@GetMapping("/api/auth/csrf")
	@PreAuthorize("permitAll()")
	ResponseEntity<Void> csrf(CsrfToken token) {
		// Reading the deferred token is what makes the repository write the cookie.
		token.getToken();
		return ResponseEntity.noContent().build();
	}

}
