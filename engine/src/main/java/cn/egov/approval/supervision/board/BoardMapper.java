package cn.egov.approval.supervision.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BoardMapper {

	List<DepartmentLoad> loads(@Param("departments") Collection<String> departments,
			@Param("dayStart") LocalDateTime dayStart, @Param("dayEnd") LocalDateTime dayEnd,
			@Param("today") LocalDate today);

}
