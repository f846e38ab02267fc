package cn.egov.approval.supervision;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.supervision.SupervisionFactMapper.FactRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** Reads stored facts back and writes payloads as the JSON the table keeps. */
@Component
class SupervisionFactLog {

	/** Long texts (opinions) are cut so that a payload fits its column. */
	private static final int MAX_VALUE = 900;

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private final SupervisionFactMapper mapper;

	private final ObjectMapper json;

	SupervisionFactLog(SupervisionFactMapper mapper, ObjectMapper json) {
		this.mapper = mapper;
		this.json = json;
	}

	List<SupervisionFact> ofCase(String caseNo, SupervisionFactKind kind) {
		return this.mapper.findByCase(caseNo, (kind != null) ? kind.name() : null).stream().map(this::fact).toList();
	}

	String write(Map<String, String> payload) {
		Map<String, String> sorted = new TreeMap<>();
		payload.forEach((name, value) -> sorted.put(name,
				(value.length() > MAX_VALUE) ? value.substring(0, MAX_VALUE) : value));
		try {
			return this.json.writeValueAsString(sorted);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Strings always serialise", ex);
		}
	}

	private SupervisionFact fact(FactRow row) {
		return new SupervisionFact(SupervisionFactSource.valueOf(row.source()), row.factKey(), row.caseNo(),
				row.departmentCode(), row.itemCode(), SupervisionFactKind.valueOf(row.kind()),
				row.occurredAt().atZone(PlatformClock.ZONE).toInstant(), row.actor(), row.step(), read(row.payload()));
	}

	private Map<String, String> read(String payload) {
		try {
			return this.json.readValue(payload, PAYLOAD);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable payload " + payload, ex);
		}
	}

}
