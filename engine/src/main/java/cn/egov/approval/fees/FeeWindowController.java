package cn.egov.approval.fees;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/fees/windows}: the finance bureau opens windows and puts staff at them;
 * window staff read the list. Every change is one transaction, which the audit trail's
 * request filter logs with the window code and user name from the path.
 */
@RestController
@RequestMapping("/api/fees")
class FeeWindowController {

	private final FeeWindows windows;

	private final FeeWindowStaff staff;

	FeeWindowController(FeeWindows windows, FeeWindowStaff staff) {
		this.windows = windows;
		this.staff = staff;
	}

	@GetMapping("/windows")
	@PreAuthorize(FeeRoles.CASHIER_OR_FINANCE)
	List<FeeWindowStaff.WindowOverview> windows() {
		return this.staff.overview();
	}

	@PostMapping("/windows")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(FeeRoles.FINANCE)
	FeeWindow createWindow(@RequestBody FeeWindow window, @AuthenticationPrincipal PlatformUser user) {
		return this.windows.create(window, user.getUsername());
	}

	@PutMapping("/windows/{code}/staff/{username}")
	@PreAuthorize(FeeRoles.FINANCE)
	void assign(@PathVariable String code, @PathVariable String username) {
		this.staff.assign(code, username);
	}

	@DeleteMapping("/windows/{code}/staff/{username}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(FeeRoles.FINANCE)
	void unassign(@PathVariable String code, @PathVariable String username) {
		this.staff.unassign(code, username);
	}

	/** Who may be put at a window, and where each is now. */
	@GetMapping("/staff")
	@PreAuthorize(FeeRoles.FINANCE)
	List<FeeWindowStaff.FeeTaker> feeTakers() {
		return this.staff.feeTakers();
	}

}
