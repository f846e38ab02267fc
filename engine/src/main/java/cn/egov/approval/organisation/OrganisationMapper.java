package cn.egov.approval.organisation;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface OrganisationMapper {

	Optional<Region> findRegion(String code);

	List<Region> findAllRegions();

	Optional<Department> findDepartment(String code);

	Optional<Section> findSection(String code);

	List<Department> findAllDepartments();

	void insertRegion(Region region);

	void insertDepartment(Department department);

	void insertSection(Section section);

}
