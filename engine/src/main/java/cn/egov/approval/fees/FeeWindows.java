package cn.egov.approval.fees;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The windows that take money. A user takes fees at the window they are assigned to, else
 * at their department's window, else at the central cashier window (集中收费).
 */
@Service
@Transactional
public class FeeWindows {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");

	private final FeeMapper mapper;

	private final OrganisationDirectory organisation;

	private final Clock clock;

	FeeWindows(FeeMapper mapper, OrganisationDirectory organisation, Clock clock) {
		this.mapper = mapper;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The window a user takes money at.
	 * @param username the user
	 * @param departmentCode the user's department, or null
	 * @return the window
	 * @throws ApiException 409 when there is none
	 */
	@Transactional(readOnly = true)
	public FeeWindow windowOf(String username, String departmentCode) {
		return this.mapper.findWindowOfStaff(username)
			.or(() -> (departmentCode != null) ? this.mapper.findWindowOfDepartment(departmentCode)
					: java.util.Optional.empty())
			.or(this.mapper::findCentralWindow)
			.orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "error.fees.no-window"));
	}

	@Transactional(readOnly = true)
	public List<FeeWindow> all() {
		return this.mapper.findWindows();
	}

	@Transactional(readOnly = true)
	FeeWindow find(String code) {
		return this.mapper.findWindow(code)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "error.fees.window.unknown", code));
	}

	/** Opens a window; its code is what receipt books and settlements name. */
	public FeeWindow create(FeeWindow window, String actor) {
		if (window == null || window.code() == null || !CODE.matcher(window.code()).matches()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.window.code");
		}
		if (window.name() == null || window.name().isBlank() || window.name().length() > 100) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.window.name");
		}
		String departmentCode = departmentOf(window);
		FeeWindow created = new FeeWindow(window.code(), window.name().strip(), departmentCode, window.central());
		try {
			this.mapper.insertWindow(created, LocalDateTime.now(this.clock.withZone(PlatformClock.ZONE)).withNano(0),
					actor);
		}
		catch (DuplicateKeyException ex) {
			// The code's key decides, also between two requests at the same moment.
			throw new ApiException(HttpStatus.CONFLICT, "error.fees.window.exists", window.code());
		}
		return created;
	}

	/**
	 * A department's clerks fall back to its window, so a mistyped code would leave them
	 * at the central one without anyone noticing; none (blank) is allowed.
	 */
	private String departmentOf(FeeWindow window) {
		if (window.departmentCode() == null || window.departmentCode().isBlank()) {
			return null;
		}
		String code = window.departmentCode().strip();
		if (this.organisation.department(code).isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.fees.window.department", code);
		}
		return code;
	}

}
