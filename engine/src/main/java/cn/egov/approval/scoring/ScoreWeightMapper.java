package cn.egov.approval.scoring;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** {@code score_weight}: one-line statements. */
@Mapper
interface ScoreWeightMapper {

	@Select("SELECT name, points FROM score_weight ORDER BY name")
	List<WeightRow> findAll();

	@Update("UPDATE score_weight SET points = #{points}, changed_at = #{at}, changed_by = #{by} WHERE name = #{name}")
	int update(@Param("name") String name, @Param("points") int points, @Param("at") LocalDateTime at,
			@Param("by") String by);

	/** A stored weight. */
	record WeightRow(String name, int points) {
	}

}
