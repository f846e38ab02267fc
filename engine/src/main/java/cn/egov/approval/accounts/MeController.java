package cn.egov.approval.accounts;

import cn.egov.approval.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	private final AccountDirectory directory;

	MeController(AccountDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/me")
	@PreAuthorize(Roles.AUTHENTICATED)
	UserProfile me(@AuthenticationPrincipal PlatformUser user) {
		return this.directory.findProfile(user.getUsername())
			.orElseThrow(() -> new NotFoundException("error.user.gone"));
	}

}
