package cn.egov.approval.accounts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AccountMapper {

	Optional<UserRow> findUser(String username);

	List<UserRow> findAllUsers();

	List<String> findRoles(String username);

	/** Every (username, role) pair, to attach roles to many users in one query. */
	List<UserRole> findAllUserRoles();

	/** The users holding any of the roles, in username order. */
	List<UserRow> findUsersWithAnyRole(@Param("roleCodes") List<String> roleCodes);

	/** Every role of the users holding any of the given roles. */
	List<UserRole> findRolesOfUsersWithAnyRole(@Param("roleCodes") List<String> roleCodes);

	Optional<ProfileRow> findProfile(String username);

	boolean exists(String username);

	/** The accounts registered with a mobile number, usually none or one. */
	List<String> findUsernamesByPhone(String phone);

	void insertUser(@Param("user") UserRow user, @Param("createdAt") LocalDateTime createdAt);

	void insertRole(@Param("username") String username, @Param("roleCode") String roleCode);

	List<RoleRow> findAllRoles();

	/** One granted role. */
	record UserRole(String username, String roleCode) {
	}

	/** A role as the platform defines it. */
	record RoleRow(String code, String nameZh, String nameEn, boolean staff) {
	}

}
