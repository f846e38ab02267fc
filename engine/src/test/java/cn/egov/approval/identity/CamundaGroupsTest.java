package cn.egov.approval.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CamundaGroupsTest {

	@Test
	void shouldGiveStaffTheirRoleAndTheirRoleInTheirDepartment() {
		assertThat(CamundaGroups.of(List.of("section-head"), "SFX-ZJJ")).containsExactly("section-head",
				"SFX-ZJJ:section-head");
	}

	@Test
	void shouldMakeAdministratorsCamundaAdministrators() {
		assertThat(CamundaGroups.of(List.of("admin"), "SFX-SCJGJ")).contains(CamundaGroups.CAMUNDA_ADMIN);
	}

	@Test
	void shouldGiveApplicantsNoDepartmentGroup() {
		assertThat(CamundaGroups.of(List.of("applicant"), null)).containsExactly("applicant");
	}

	@Test
	void shouldMatchCamundaLikePatterns() {
		assertThat(PlatformIdentityProvider.like("%窗口%", "王窗口")).isTrue();
		assertThat(PlatformIdentityProvider.like("王_口", "王窗口")).isTrue();
		assertThat(PlatformIdentityProvider.like("%.%", "王窗口")).as("regex characters are literal").isFalse();
		assertThat(PlatformIdentityProvider.like("clerk%", null)).isFalse();
		assertThat(PlatformIdentityProvider.like(null, "anything")).isTrue();
	}

}
