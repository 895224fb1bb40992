package io.normgraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the application runs: every {@code run} on a session or transaction
 * opened through its {@link Driver}, and every statement the embedded database runs in the
 * application's process ({@link GraphDatabaseService}), both of which this wraps.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

	private static final AtomicInteger count = new AtomicInteger();

	/** Driver sessions and transactions {@code run}; the embedded database {@code executeTransactionally}. */
	private static final Set<String> STATEMENTS = Set.of("run", "executeTransactionally");

	public static void reset() {
		count.set(0);
	}

	public static int count() {
		return count.get();
	}

	@Bean
	static BeanPostProcessor countingDriver() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof Driver driver) {
					return wrap(driver, Driver.class, count);
				}
				return (bean instanceof GraphDatabaseService database) ? wrap(database, GraphDatabaseService.class, count)
						: bean;
			}
		};
	}

	/**
	 * The driver, a session or transaction of it, or the embedded database, counting the
	 * statements run through it in {@code statements}: a test running beside the classes that
	 * use the shared count keeps its own.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T wrap(T target, Class<T> type, AtomicInteger statements) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (STATEMENTS.contains(method.getName())) {
				statements.incrementAndGet();
			}
			Object result = invoke(target, method, args);
			if (result instanceof Session session && method.getReturnType() == Session.class) {
				return wrap(session, Session.class, statements);
			}
			if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
				return wrap(transaction, Transaction.class, statements);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
