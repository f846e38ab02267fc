package cn.egov.approval.phonelogin;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.accounts.UserProfile;
import cn.egov.approval.security.SessionLogins;
import cn.egov.approval.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Code sign-in for applicants. Both calls are open to anyone (nobody is signed in yet)
 * and need the CSRF token like every browser POST.
 */
@RestController
class PhoneLoginController {

	private final PhoneLoginService phoneLogins;

	private final SessionLogins sessionLogins;

	private final AccountDirectory directory;

	PhoneLoginController(PhoneLoginService phoneLogins, SessionLogins sessionLogins, AccountDirectory directory) {
		this.phoneLogins = phoneLogins;
		this.sessionLogins = sessionLogins;
		this.directory = directory;
	}

	@PostMapping("/api/auth/phone-code")
	@PreAuthorize("permitAll()")
	ResponseEntity<CodeSent> sendCode(@RequestBody CodeRequest body, HttpServletRequest request) {
		long seconds = this.phoneLogins.sendCode(body.phone(), request.getRemoteAddr()).toSeconds();
		return ResponseEntity.accepted().body(new CodeSent(seconds));
	}

	/** Answers what {@code GET /api/me} answers, as the password login does. */
	@PostMapping("/api/auth/phone-login")
	@PreAuthorize("permitAll()")
	UserProfile logIn(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
		UserAccount account = this.phoneLogins.signIn(body.phone(), body.code())
			.orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "error.phone-login.failed"));
		this.sessionLogins.logIn(new PlatformUser(account), request, response);
		return this.directory.findProfile(account.username()).orElseThrow();
	}

	/** {@code {"phone": "13800000001"}} */
	record CodeRequest(String phone) {
	}

	/** {@code {"expiresInSeconds": 300}} */
	record CodeSent(long expiresInSeconds) {
	}

	/** {@code {"phone": "13800000001", "code": "123456"}} */
	record LoginRequest(String phone, String code) {
	}

}
