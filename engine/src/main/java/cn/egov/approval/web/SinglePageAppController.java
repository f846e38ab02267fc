package cn.egov.approval.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Vue app routes in the browser (history mode): a reload on {@code /admin/clock} must
 * serve the app, not a 404. Paths with a dot are files; {@code /api},
 * {@code /engine-rest}, {@code /camunda}, {@code /actuator} and springdoc's {@code /v3}
 * and {@code /swagger-ui} never match because their first segment is excluded.
 */
@Controller
class SinglePageAppController {

	private static final String RESERVED = "api$|engine-rest$|camunda$|actuator$|assets$|v3$|swagger-ui$";

	@GetMapping({ "/{first:^(?!" + RESERVED + ")[^.]*}", "/{first:^(?!" + RESERVED + ")[^.]*}/{*rest}" })
	String app() {
		return "forward:/index.html";
	}

}
