package cn.egov.approval.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import org.springframework.stereotype.Component;

/**
 * Installs {@link PlatformIdentityProvider} in the engine before Camunda would install
 * its database one.
 */
@Component
class PlatformIdentityPlugin extends AbstractProcessEnginePlugin {

	private final CamundaDirectory directory;

	PlatformIdentityPlugin(CamundaDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return ReadOnlyIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new PlatformIdentityProvider(PlatformIdentityPlugin.this.directory);
			}
		});
	}

}
