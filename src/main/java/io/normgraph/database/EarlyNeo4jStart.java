package io.normgraph.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded database on a thread of its own as soon as the application context
 * exists, so that on a machine with two cores the store's start (the longest single step of a
 * start, profiled) runs while Spring parses the configuration classes and builds the web server
 * instead of after. The database bean then takes the running database ({@link Starting#take}),
 * or starts one itself when the settings it was bound with differ. Only where
 * {@link #ENABLED} is set: the packaged application's main sets it (tests' contexts, which set
 * their settings later, start the database in the bean as before). A failure is thrown where
 * the bean would have thrown it, so the failure analyzers report it as before.
 */
public final class EarlyNeo4jStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** System property that turns the early start on. */
	public static final String ENABLED = "normgraph.embedded.early-start";

	private static final String BEAN = "normgraphEarlyNeo4jStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		if (!Boolean.getBoolean(ENABLED) || StringUtils.hasText(environment.getProperty(NoExternalNeo4jCondition.URI_PROPERTY))
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory)) {
			return;
		}
		EmbeddedNeo4jProperties properties;
		try {
			properties = Binder.get(environment).bindOrCreate("normgraph.embedded", EmbeddedNeo4jProperties.class);
		}
		catch (RuntimeException ex) {
			return; // a bad setting: the bean's binding reports it as always
		}
		Starting starting = new Starting(properties, environment);
		beanFactory.registerSingleton(BEAN, starting);
		beanFactory.registerDisposableBean(BEAN, starting);
	}

	/** The database being started; closed with the context if the bean never took it. */
	public static final class Starting implements DisposableBean {

		private static final Log logger = LogFactory.getLog(Starting.class);

		private final EmbeddedNeo4jProperties properties;

		private final CompletableFuture<EmbeddedNeo4jStart.Started> started = new CompletableFuture<>();

		private volatile boolean taken;

		Starting(EmbeddedNeo4jProperties properties, Environment environment) {
			this.properties = properties;
			Thread thread = new Thread(() -> {
				try {
					this.started.complete(EmbeddedNeo4jStart.start(properties, environment));
				}
				catch (Throwable ex) {
					this.started.completeExceptionally(ex);
				}
			}, "neo4j-start");
			thread.setDaemon(true);
			thread.start();
		}

		/** The started database, or the failure of its start as the bean would have thrown it. */
		EmbeddedNeo4jStart.Started take(EmbeddedNeo4jProperties bound, Environment environment) {
			this.taken = true;
			if (!bound.equals(this.properties)) {
				logger.debug("Settings changed after the early start; starting the database again with " + bound);
				shutdown(join());
				return EmbeddedNeo4jStart.start(bound, environment);
			}
			return join();
		}

		private EmbeddedNeo4jStart.Started join() {
			try {
				return this.started.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

		@Override
		public void destroy() {
			if (!this.taken) {
				try {
					shutdown(join());
				}
				catch (RuntimeException | Error ex) {
					// It never started: nothing to stop.
				}
			}
		}

		private static void shutdown(EmbeddedNeo4jStart.@Nullable Started started) {
			if (started != null) {
				started.service().shutdown();
			}
		}

	}

}
