package cn.egov.approval.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PlatformUserDetailsService implements UserDetailsService {

	private final AccountDirectory directory;

	PlatformUserDetailsService(AccountDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.directory.findUser(username)
			.map(PlatformUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
