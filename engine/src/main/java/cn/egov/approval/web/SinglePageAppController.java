package cn.egov.approval.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Vue app routes in the browser (history mode): a reload on {@code /admin/clock} must
 * serve the app, not a 404. Paths with a dot are files; {@code /api},
 * {@code /engine-rest}, {@code /camunda} and {@code /actuator} never match because their
 * first segment is excluded.
 */
@Controller
class SinglePageAppController {

	@GetMapping({ "/{first:^(?!api$|engine-rest$|camunda$|actuator$|assets$)[^.]*}",
			"/{first:^(?!api$|engine-rest$|camunda$|actuator$|assets$)[^.]*}/{*rest}" })
	String app() {
		return "forward:/index.html";
	}

}
