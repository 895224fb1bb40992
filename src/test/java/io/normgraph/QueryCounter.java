package io.normgraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts database round trips: every {@code run} of a statement on a session or transaction
 * opened through the application's {@link Driver}, which this wraps.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

	private static final AtomicInteger count = new AtomicInteger();

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
				return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
			}
		};
	}

	@SuppressWarnings("unchecked")
	static <T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if ("run".equals(method.getName())) {
				count.incrementAndGet();
			}
			Object result = invoke(target, method, args);
			if (result instanceof Session session && method.getReturnType() == Session.class) {
				return wrap(session, Session.class);
			}
			if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
				return wrap(transaction, Transaction.class);
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
