package cn.egov.approval.scoring;

import cn.egov.approval.scoring.ScoreMapper.WarningRow;

import org.springframework.stereotype.Component;

/**
 * What a warning adds to the rollups: a card of its colour for the department, and for
 * the staff member who last held or signed a step of the case when the fact that raised
 * it arrived. Reminders open no card and count nothing.
 */
@Component
class ScoreWarningRules {

	private final ScoreMapper mapper;

	ScoreWarningRules(ScoreMapper mapper) {
		this.mapper = mapper;
	}

	ScoreDelta of(WarningRow warning) {
		ScoreDelta delta = new ScoreDelta();
		if ("REMINDER".equals(warning.level())) {
			return delta;
		}
		delta.add(warning.raisedAt().toLocalDate(), warning.departmentCode(), null, (t) -> t.card(warning.level()));
		if (warning.factId() != null) {
			this.mapper.holderAt(warning.caseNo(), warning.factId())
				.ifPresent((staff) -> delta.add(warning.raisedAt().toLocalDate(), warning.departmentCode(), staff,
						(t) -> t.card(warning.level())));
		}
		return delta;
	}

}
