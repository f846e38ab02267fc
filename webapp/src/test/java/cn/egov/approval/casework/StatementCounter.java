package cn.egov.approval.casework;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements, by their text, and the commits that go through a data
 * source, to show where a licensing case's time goes: the benchmark's context imports it,
 * and it wraps the context's data source (the platform's MyBatis mappers and its Camunda
 * engine share that one); the bare engine's data source is wrapped by hand. A statement
 * added to a JDBC batch counts once, as if it had run alone.
 */
class StatementCounter implements BeanPostProcessor {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "addBatch");

	private static final Set<String> PREPARATIONS = Set.of("prepareStatement", "prepareCall");

	private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

	private final LongAdder commits = new LongAdder();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource) ? wrap(dataSource) : bean;
	}

	DataSource wrap(DataSource dataSource) {
		// AutoCloseable too, so that the context still closes the pool at shut-down.
		return proxy(DataSource.class, dataSource, (method, args, result) -> (result instanceof Connection connection)
				? proxy(Connection.class, connection, this::onConnectionCall) : result, AutoCloseable.class);
	}

	/** What has gone through so far (texts on one line, long ones cut). */
	Count count() {
		Map<String, Long> bySql = new HashMap<>();
		this.statements.forEach((sql, count) -> bySql.merge(normalised(sql), count.sum(), Long::sum));
		return new Count(bySql, this.commits.sum());
	}

	private Object onConnectionCall(Method method, Object[] args, Object result) {
		if ("commit".equals(method.getName())) {
			this.commits.increment();
		}
		if (result instanceof Statement statement) {
			String prepared = PREPARATIONS.contains(method.getName()) ? (String) args[0] : null;
			return proxy(statementType(statement), statement, (call, callArgs, value) -> {
				if (EXECUTIONS.contains(call.getName())) {
					String sql = (prepared != null) ? prepared
							: (callArgs != null && callArgs.length > 0) ? String.valueOf(callArgs[0]) : "?";
					this.statements.computeIfAbsent(sql, (key) -> new LongAdder()).increment();
				}
				return value;
			});
		}
		return result;
	}

	private static String normalised(String sql) {
		String oneLine = sql.strip().replaceAll("\\s+", " ");
		return (oneLine.length() > 110) ? oneLine.substring(0, 110) + "…" : oneLine;
	}

	@SuppressWarnings("unchecked")
	private static Class<Statement> statementType(Statement statement) {
		for (Class<?> type : new Class<?>[] { CallableStatement.class, PreparedStatement.class }) {
			if (type.isInstance(statement)) {
				return (Class<Statement>) type;
			}
		}
		return Statement.class;
	}

	private static <T> T proxy(Class<T> type, T target, AfterCall afterCall, Class<?>... more) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class && "equals".equals(method.getName())) {
				return proxy == args[0];
			}
			try {
				return afterCall.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		Class<?>[] types = Stream.concat(Stream.of(type), Arrays.stream(more))
			.filter((candidate) -> candidate.isInstance(target))
			.toArray(Class<?>[]::new);
		return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, handler));
	}

	@FunctionalInterface
	private interface AfterCall {

		Object apply(Method method, Object[] args, Object result);

	}

	/**
	 * @param bySql statements run (batched ones one each), by their text
	 * @param commits transactions committed
	 */
	record Count(Map<String, Long> bySql, long commits) {

		long statements() {
			return this.bySql.values().stream().mapToLong(Long::longValue).sum();
		}

		Count minus(Count earlier) {
			return plus(new Count(negated(earlier.bySql), -earlier.commits));
		}

		Count plus(Count other) {
			Map<String, Long> sum = new HashMap<>(this.bySql);
			other.bySql.forEach((sql, count) -> sum.merge(sql, count, Long::sum));
			sum.values().removeIf((count) -> count == 0);
			return new Count(sum, this.commits + other.commits);
		}

		private static Map<String, Long> negated(Map<String, Long> bySql) {
			Map<String, Long> negated = new HashMap<>();
			bySql.forEach((sql, count) -> negated.put(sql, -count));
			return negated;
		}

	}

}
