package cn.egov.approval.scoring;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.scoring.ScoreMapper.FactRow;
import cn.egov.approval.scoring.ScoreMapper.WarningRow;
import cn.egov.approval.supervision.SupervisionFact;
import cn.egov.approval.supervision.SupervisionFactKind;
import cn.egov.approval.supervision.SupervisionFactSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every rollup from the stored facts, warnings and complaint and rating events
 * with the same rules as the incremental path, in one transaction: readers see the old
 * rollups until it commits. Facts and warnings are read in pages by id, so memory holds
 * only the tallies. An event stored by another transaction while the rebuild runs may be
 * counted twice or not at all: run it when cases are quiet (or at start-up with
 * {@code --scores.rebuild}).
 */
@Service
public class ScoreRebuild {

	private static final int PAGE = 2000;

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private final ScoreMapper mapper;

	private final ScoreFactRules facts;

	private final ScoreWarningRules warnings;

	private final ObjectMapper json;

	ScoreRebuild(ScoreMapper mapper, ScoreFactRules facts, ScoreWarningRules warnings, ObjectMapper json) {
		this.mapper = mapper;
		this.facts = facts;
		this.warnings = warnings;
		this.json = json;
	}

	/**
	 * Deletes and recomputes every rollup row.
	 * @return the number of rows written
	 */
	@Transactional
	public int rebuild() {
		ScoreDelta all = new ScoreDelta();
		addFacts(all);
		addWarnings(all);
		this.mapper.feedEvents().forEach((event) -> all.addAll(ScoreFeed.delta(event)));
		this.mapper.deleteAll();
		all.tallies().forEach(this.mapper::insert);
		return all.tallies().size();
	}

	private void addFacts(ScoreDelta all) {
		everyPage((after) -> this.mapper.factsAfter(after, PAGE), FactRow::id,
				(row) -> all.addAll(this.facts.of(fact(row))));
	}

	private void addWarnings(ScoreDelta all) {
		everyPage((after) -> this.mapper.cardsAfter(after, PAGE), WarningRow::id,
				(row) -> all.addAll(this.warnings.of(row)));
	}

	/** Reads rows page by page in id order (keyset paging) and hands each on. */
	private static <T> void everyPage(LongFunction<List<T>> pageAfter, ToLongFunction<T> id, Consumer<T> each) {
		long after = 0;
		List<T> page;
		do {
			page = pageAfter.apply(after);
			for (T row : page) {
				each.accept(row);
				after = id.applyAsLong(row);
			}
		}
		while (page.size() == PAGE);
	}

	private SupervisionFact fact(FactRow row) {
		try {
			return new SupervisionFact(SupervisionFactSource.valueOf(row.source()), row.factKey(), row.caseNo(),
					row.departmentCode(), row.itemCode(), SupervisionFactKind.valueOf(row.kind()),
					row.occurredAt().atZone(PlatformClock.ZONE).toInstant(), row.actor(), row.step(),
					this.json.readValue(row.payload(), PAYLOAD));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable payload of fact " + row.id(), ex);
		}
	}

}
