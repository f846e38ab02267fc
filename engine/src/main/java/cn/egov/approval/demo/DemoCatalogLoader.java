package cn.egov.approval.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.ItemRequest;
import cn.egov.approval.organisation.OrganisationMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the demo catalog ({@code demo/catalog.json}) once, after the demo
 * organisation: through the catalog service, so the demo items pass the same rules as
 * items the reform office enters. If the first demo item exists nothing is touched, so
 * edits made in a demo survive restarts.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@Order(DemoDataLoader.ORDER + 1)
class DemoCatalogLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

	/** The demo items are entered and published by the reform office's demo login. */
	private static final String AUTHOR = "reform";

	private final CatalogService catalog;

	private final OrganisationMapper organisation;

	private final ObjectMapper objectMapper;

	DemoCatalogLoader(CatalogService catalog, OrganisationMapper organisation, ObjectMapper objectMapper) {
		this.catalog = catalog;
		this.organisation = organisation;
		this.objectMapper = objectMapper;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		List<ItemRequest> items = read().items();
		if (items.isEmpty() || this.catalog.findVersion(items.get(0).code(), 1).isPresent()) {
			return;
		}
		// A demo database from before a department was added to organisation.json keeps
		// its organisation (the organisation loader runs once): skip that department's
		// items rather than fail the start.
		List<ItemRequest> loadable = items.stream().filter(this::departmentExists).toList();
		// Parents come before their sub-items in the file.
		for (ItemRequest item : loadable) {
			this.catalog.create(item, AUTHOR);
			this.catalog.publish(item.code(), AUTHOR);
		}
		log.info("Demo catalog loaded: {} published items", loadable.size());
		if (loadable.size() < items.size()) {
			log.warn("{} demo items skipped: their departments are missing from this older demo database",
					items.size() - loadable.size());
		}
	}

	private boolean departmentExists(ItemRequest item) {
		return item.department() != null && this.organisation.findDepartment(item.department().code()).isPresent();
	}

	private DemoCatalog read() throws IOException {
		try (InputStream json = new ClassPathResource("demo/catalog.json").getInputStream()) {
			return this.objectMapper.readValue(json, DemoCatalog.class);
		}
	}

	/**
	 * The shape of {@code demo/catalog.json}: items as the API's POST body takes them.
	 */
	record DemoCatalog(List<ItemRequest> items) {
	}

}
