package cn.egov.approval.posts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.accounts.UserAccount;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets AB posts: who backs up whom, and who is absent. */
@Service
@Transactional
public class PostDirectory {

	private final PostMapper mapper;

	private final AccountDirectory accounts;

	private final Clock clock;

	PostDirectory(PostMapper mapper, AccountDirectory accounts, Clock clock) {
		this.mapper = mapper;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The absent posts a user now stands in for. */
	@Transactional(readOnly = true)
	public List<String> standingInFor(String username) {
		return this.mapper.findAbsentBackedUpBy(username);
	}

	@Transactional(readOnly = true)
	public List<Post> ofDepartment(String departmentCode) {
		return this.mapper.findByDepartment(departmentCode)
			.stream()
			.map((row) -> new Post(row.username(), row.displayName(),
					this.accounts.findUser(row.username()).map(UserAccount::roles).orElse(List.of()),
					(row.backupUsername() != null) ? new Post.Person(row.backupUsername(), row.backupDisplayName())
							: null,
					Boolean.TRUE.equals(row.absent())))
			.toList();
	}

	/**
	 * Sets a post's backup and absence. A user may mark themself absent or back; the
	 * department's leader and administrators set backups for anyone of the department.
	 */
	public Post update(String username, PostChange change, PlatformUser caller) {
		UserAccount account = this.accounts.findUser(username)
			.filter((user) -> user.departmentCode() != null && user.departmentCode().equals(caller.getDepartmentCode()))
			.orElseThrow(() -> new NotFoundException("error.posts.unknown-user", username));
		boolean manager = caller.hasRole(Role.LEADER) || caller.hasRole(Role.ADMIN);
		Post current = ofDepartment(account.departmentCode()).stream()
			.filter((post) -> post.username().equals(username))
			.findFirst()
			.orElseThrow();
		String currentBackup = (current.backup() != null) ? current.backup().username() : null;
		String backup = backup(change, currentBackup);
		boolean backupChanged = !Objects.equals(backup, currentBackup);
		if (!manager && (!caller.getUsername().equals(username) || backupChanged)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.posts.not-allowed");
		}
		if (backup != null) {
			if (backup.equals(username)) {
				throw new BadRequestException("error.posts.self-backup");
			}
			this.accounts.findUser(backup)
				.filter((user) -> account.departmentCode().equals(user.departmentCode()) && user.enabled())
				.orElseThrow(() -> new BadRequestException("error.posts.backup-outside", backup));
		}
		boolean absent = (change.absent() != null) ? change.absent() : current.absent();
		if (absent && backup == null) {
			throw new BadRequestException("error.posts.absent-without-backup");
		}
		save(username, backup, absent, caller.getUsername());
		return ofDepartment(account.departmentCode()).stream()
			.filter((post) -> post.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The backup after the change: an omitted one (null) keeps the current backup, so
	 * that marking oneself absent does not read as removing it; an empty one removes it.
	 */
	private static String backup(PostChange change, String currentBackup) {
		if (change.backup() == null) {
			return currentBackup;
		}
		return change.backup().isBlank() ? null : change.backup().strip();
	}

	/** Designates a backup without the caller checks (reference data, demo data). */
	public void designate(String username, String backup, String by) {
		save(username, backup, false, by);
	}

	private void save(String username, String backup, boolean absent, String by) {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
		if (this.mapper.update(username, backup, absent, now, by) == 0) {
			this.mapper.insert(username, backup, absent, now, by);
		}
	}

	/**
	 * @param backup the backup's username, an empty text for none, or null to keep the
	 * current one
	 * @param absent whether the post is absent; null keeps it
	 */
	public record PostChange(String backup, Boolean absent) {
	}

}
