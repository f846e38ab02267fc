package cn.egov.approval.posts;

import java.util.List;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/posts}: the AB posts of the caller's department. */
@RestController
@RequestMapping("/api/posts")
class PostController {

	private final PostDirectory posts;

	PostController(PostDirectory posts) {
		this.posts = posts;
	}

	@GetMapping
	@PreAuthorize(Roles.STAFF)
	List<Post> list(@AuthenticationPrincipal PlatformUser user) {
		return (user.getDepartmentCode() != null) ? this.posts.ofDepartment(user.getDepartmentCode()) : List.of();
	}

	@PutMapping("/{username}")
	@PreAuthorize(Roles.STAFF)
	Post update(@PathVariable String username, @RequestBody PostDirectory.PostChange change,
			@AuthenticationPrincipal PlatformUser user) {
		return this.posts.update(username, change, user);
	}

}
