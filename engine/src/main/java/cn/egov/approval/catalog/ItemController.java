package cn.egov.approval.catalog;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog API. Reading published items is public (the service guide needs no login);
 * everything else belongs to the reform office and administrators.
 */
@RestController
@RequestMapping("/api/items")
class ItemController {

	private final CatalogQueries queries;

	private final CatalogService catalog;

	ItemController(CatalogQueries queries, CatalogService catalog) {
		this.queries = queries;
		this.catalog = catalog;
	}

	@GetMapping
	@PreAuthorize(CatalogRoles.EVERYONE)
	ItemPage list(@RequestParam(required = false) String kind, @RequestParam(required = false) String department,
			@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Authentication caller) {
		return this.queries.list(new ItemFilter(kind, department, q, status, page, size),
				CatalogRoles.maintains(caller));
	}

	@GetMapping("/{code}")
	@PreAuthorize(CatalogRoles.EVERYONE)
	Item get(@PathVariable String code, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean draft, Authentication caller) {
		return this.queries.view(code, version, draft, CatalogRoles.maintains(caller));
	}

	@GetMapping("/{code}/versions")
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	List<ItemVersionInfo> versions(@PathVariable String code) {
		return this.queries.versions(code);
	}

	@PostMapping
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	ResponseEntity<Item> create(@RequestBody ItemRequest request, Authentication caller) {
		Item created = this.catalog.create(request, caller.getName());
		return ResponseEntity.created(URI.create("/api/items/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	Item update(@PathVariable String code, @RequestBody ItemRequest request, Authentication caller) {
		return this.catalog.update(code, request, caller.getName());
	}

	@PostMapping("/{code}/publish")
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	Item publish(@PathVariable String code, Authentication caller) {
		return this.catalog.publish(code, caller.getName());
	}

	@PostMapping("/{code}/retire")
	@PreAuthorize(CatalogRoles.MAINTAINERS)
	Item retire(@PathVariable String code, Authentication caller) {
		return this.catalog.retire(code, caller.getName());
	}

}
