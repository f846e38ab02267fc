package cn.egov.approval.levy;

import java.math.BigDecimal;

import cn.egov.approval.accounts.Roles;
import cn.egov.approval.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/levy}: the published standard's amount for an assessment, as the handler
 * fills it in (the same decision table the process assesses with).
 */
@RestController
@RequestMapping("/api/levy")
class LevyController {

	private final LevyStandards standards;

	LevyController(LevyStandards standards) {
		this.standards = standards;
	}

	@GetMapping("/standard")
	@PreAuthorize(Roles.STAFF)
	StandardAmount standard(@RequestParam String itemCode, @RequestParam(required = false) BigDecimal quantity,
			@RequestParam(required = false) BigDecimal unitCost, @RequestParam(defaultValue = "false") boolean exempt) {
		if (quantity != null && quantity.signum() < 0 || unitCost != null && unitCost.signum() < 0) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "error.task.levy.amount");
		}
		return this.standards.standard(itemCode, exempt, unitCost)
			.map((s) -> new StandardAmount(true, s.rule(), s.basis(), s.unit(), s.rate(),
					(quantity != null) ? s.amountFor(quantity) : null))
			.orElse(new StandardAmount(false, null, null, null, null, null));
	}

	/**
	 * @param found whether the item has a tabular standard for the case
	 * @param rule the rule that applied
	 * @param basis the standard in words
	 * @param unit the unit of the quantity
	 * @param rate yuan per unit
	 * @param amount the amount for the quantity, if given
	 */
	record StandardAmount(boolean found, String rule, String basis, String unit, BigDecimal rate, BigDecimal amount) {
	}

}
