package cn.egov.approval.posts;

import java.util.List;

/**
 * A post (a staff member) with its backup and whether it is absent.
 *
 * @param username the post holder
 * @param displayName the holder's name
 * @param roles the holder's roles
 * @param backup who acts while the holder is absent, or null
 * @param absent whether the holder is absent
 */
public record Post(String username, String displayName, List<String> roles, Person backup, boolean absent) {

	public record Person(String username, String displayName) {
	}

}
