package cn.egov.approval.catalog;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.egov.approval.catalog.ItemStore.Stamp;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's life cycle: draft, publish, new version, retire. Published versions are
 * never changed: an edit of a published item becomes the next version's draft, so a case
 * that started on version N reads version N for ever ({@link #findVersion}).
 */
@Service
@Transactional
public class CatalogService {

	private final CatalogMapper versions;

	private final ItemStore store;

	private final ItemValidator validator;

	private final Clock clock;

	CatalogService(CatalogMapper versions, ItemStore store, ItemValidator validator, Clock clock) {
		this.versions = versions;
		this.store = store;
		this.validator = validator;
		this.clock = clock;
	}

	/** One version of an item, whatever its status: what a running case reads. */
	@Transactional(readOnly = true)
	public Optional<Item> findVersion(String code, int version) {
		return this.versions.findVersion(code, version).map(this.store::load);
	}

	/** The version now offered to applicants, if any. */
	@Transactional(readOnly = true)
	public Optional<Item> findPublished(String code) {
		return this.versions.findPublished(code).map(this.store::load);
	}

	/** Creates version 1 of a new item as a draft. */
	public Item create(ItemRequest request, String username) {
		ItemRequest item = request.normalised();
		List<FieldProblem> problems = new ArrayList<>(this.validator.validateDraft(item));
		if (item.code() != null && this.versions.exists(item.code())) {
			problems.add(FieldProblem.of("code", "error.catalog.code.duplicate", item.code()));
		}
		throwIfAny(problems);
		Stamp stamp = stamp(username);
		try {
			this.store.insert(item, 1, stamp.at(), stamp);
		}
		catch (DuplicateKeyException ex) {
			throw CatalogValidationException.of("code", "error.catalog.code.duplicate", item.code());
		}
		return latest(item.code());
	}

	/**
	 * Edits an item: the open draft in place, or else a new draft version on top of the
	 * published (or retired) one. While a version is published the edit must keep every
	 * element publishing requires.
	 */
	public Item update(String code, ItemRequest request, String username) {
		VersionRow latest = this.versions.findLatest(code).orElseThrow(() -> notFound(code));
		List<FieldProblem> problems = new ArrayList<>();
		if (request.code() != null && !request.code().isBlank() && !request.code().trim().equals(code)) {
			problems.add(FieldProblem.of("code", "error.catalog.code.immutable", request.code().trim(), code));
		}
		ItemRequest item = request.withCode(code).normalised();
		problems.addAll(this.validator.validateDraft(item));
		if (this.versions.findPublished(code).isPresent()) {
			problems.addAll(this.validator.validateComplete(item));
		}
		throwIfAny(problems);
		save(item, latest, stamp(username));
		return latest(code);
	}

	/** Publishes the latest draft; the version published before becomes SUPERSEDED. */
	public Item publish(String code, String username) {
		VersionRow latest = this.versions.findLatest(code).orElseThrow(() -> notFound(code));
		if (latest.itemStatus() != ItemStatus.DRAFT) {
			throw new BadRequestException("error.catalog.no-draft", code, String.valueOf(latest.versionNo()),
					latest.status());
		}
		ItemRequest item = this.store.load(latest).toRequest().normalised();
		List<FieldProblem> problems = new ArrayList<>(this.validator.validateDraft(item));
		problems.addAll(this.validator.validateComplete(item));
		throwIfAny(problems);
		Stamp stamp = stamp(username);
		this.versions.supersedePublished(code);
		this.versions.updateStatus(code, latest.versionNo(), ItemStatus.PUBLISHED.name(), stamp.at(), stamp.at(),
				username);
		return latest(code);
	}

	/**
	 * Binds an item to a process deployed for it (the modeling workbench). A published
	 * item gets a new version with the process key, published at once, so its next cases
	 * start on the process; an open draft takes the key and stays a draft, and the
	 * version published beside it takes the key too.
	 * @return the item's latest version afterwards
	 */
	public Item bindProcess(String code, String processKey, String username) {
		VersionRow latest = this.versions.findLatest(code).orElseThrow(() -> notFound(code));
		Item current = this.store.load(latest);
		boolean changed = !processKey.equals(current.processKey());
		if (changed) {
			ItemRequest item = current.toRequest().withProcessKey(processKey).normalised();
			throwIfAny(this.validator.validateDraft(item));
			save(item, latest, stamp(username));
			if (latest.itemStatus() == ItemStatus.PUBLISHED) {
				return publish(code, username);
			}
		}
		if (latest.itemStatus() == ItemStatus.DRAFT) {
			// The open draft keeps the binding for when it is published; meanwhile the
			// published version takes it in place, so that new cases start the deployed
			// process now. Which process runs the item is not part of the content a
			// published version fixes (its elements, limits, fees, materials).
			this.versions.bindPublishedProcess(code, processKey);
		}
		return changed ? latest(code) : current;
	}

	/**
	 * Withdraws an item: its published version and any open draft become RETIRED. Cases
	 * already running keep reading their version.
	 */
	public Item retire(String code, String username) {
		VersionRow latest = this.versions.findLatest(code).orElseThrow(() -> notFound(code));
		if (latest.itemStatus() == ItemStatus.RETIRED) {
			throw new BadRequestException("error.catalog.already-retired", code);
		}
		Stamp stamp = stamp(username);
		this.versions.findPublished(code).ifPresent((published) -> retireVersion(code, published.versionNo(), stamp));
		if (latest.itemStatus() == ItemStatus.DRAFT) {
			retireVersion(code, latest.versionNo(), stamp);
		}
		return latest(code);
	}

	/**
	 * Saves content as the next state of an item: the open draft is overwritten, any
	 * other latest version gets a new draft on top. For callers that validated already.
	 */
	void save(ItemRequest item, VersionRow latest, Stamp stamp) {
		try {
			if (latest.itemStatus() == ItemStatus.DRAFT) {
				this.store.updateDraft(item, latest, stamp);
			}
			else {
				this.store.insert(item, latest.versionNo() + 1, stamp.at(), stamp);
			}
		}
		catch (DuplicateKeyException ex) {
			// Someone else created the next version in the meantime.
			throw new ApiException(HttpStatus.CONFLICT, "error.catalog.concurrent", item.code());
		}
	}

	Stamp stamp(String username) {
		return new Stamp(username, LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE));
	}

	private void retireVersion(String code, int version, Stamp stamp) {
		this.versions.updateStatus(code, version, ItemStatus.RETIRED.name(), null, stamp.at(), stamp.username());
	}

	private Item latest(String code) {
		VersionRow row = this.versions.findLatest(code).orElseThrow(() -> notFound(code));
		return this.store.load(row).withSubItems(this.versions.findSubItems(code, false));
	}

	static NotFoundException notFound(String code) {
		return new NotFoundException("error.catalog.not-found", code);
	}

	static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new CatalogValidationException(problems);
		}
	}

}
