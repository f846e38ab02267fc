package cn.egov.approval.catalog;

import java.util.List;

import cn.egov.approval.catalog.ChildRows.ApplicantTypeRow;
import cn.egov.approval.catalog.ChildRows.FeeRow;
import cn.egov.approval.catalog.ChildRows.MaterialRow;
import cn.egov.approval.catalog.ChildRows.ParamRow;
import cn.egov.approval.catalog.ChildRows.StepRow;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The lists of a version: materials, fees, steps, applicant types and process parameters.
 * The {@code findLatest*} queries read them for the latest version of every item at once
 * (the Excel export), rather than one query per item.
 */
@Mapper
interface ChildMapper {

	List<MaterialRow> findMaterials(@Param("code") String code, @Param("version") int version);

	List<FeeRow> findFees(@Param("code") String code, @Param("version") int version);

	List<StepRow> findSteps(@Param("code") String code, @Param("version") int version);

	List<ApplicantTypeRow> findApplicantTypes(@Param("code") String code, @Param("version") int version);

	List<ParamRow> findParams(@Param("code") String code, @Param("version") int version);

	List<MaterialRow> findLatestMaterials();

	List<FeeRow> findLatestFees();

	List<StepRow> findLatestSteps();

	List<ApplicantTypeRow> findLatestApplicantTypes();

	List<ParamRow> findLatestParams();

	void insertMaterials(@Param("version") int version, @Param("rows") List<MaterialRow> rows);

	void insertFees(@Param("version") int version, @Param("rows") List<FeeRow> rows);

	void insertSteps(@Param("version") int version, @Param("rows") List<StepRow> rows);

	void insertApplicantTypes(@Param("version") int version, @Param("rows") List<ApplicantTypeRow> rows);

	void insertParams(@Param("version") int version, @Param("rows") List<ParamRow> rows);

	void deleteMaterials(@Param("code") String code, @Param("version") int version);

	void deleteFees(@Param("code") String code, @Param("version") int version);

	void deleteSteps(@Param("code") String code, @Param("version") int version);

	void deleteApplicantTypes(@Param("code") String code, @Param("version") int version);

	void deleteParams(@Param("code") String code, @Param("version") int version);

}
