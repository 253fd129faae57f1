package org.classbell.app.bench;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.classbell.ClassBellApplication;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started in this JVM with the benchmark's clock and settings, as
 * one node of a city's deployment.
 */
final class Node implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Node(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the application with these properties, its clock, and post-processors of its
	 * beans (such as a statement counter around its data source).
	 */
	static Node start(Map<String, Object> properties, Clock clock, BeanPostProcessor... postProcessors) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ClassBellApplication.class)
			.properties(properties)
			.initializers((initialized) -> {
				initialized.getBeanFactory().registerSingleton("benchmarkClock", clock);
				for (BeanPostProcessor postProcessor : postProcessors) {
					initialized.getBeanFactory().addBeanPostProcessor(postProcessor);
				}
			})
			.run();
		if (context.getBean(Clock.class) != clock) {
			context.close();
			throw new IllegalStateException("The application did not take the benchmark's clock");
		}
		return new Node(context);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	DataSource dataSource() {
		return bean(DataSource.class);
	}

	/**
	 * Where the node's database is, for another node to share it.
	 */
	Map<String, Object> database() {
		JdbcConnectionDetails details = bean(JdbcConnectionDetails.class);
		return Map.of("spring.datasource.url", details.getJdbcUrl(), "spring.datasource.username",
				details.getUsername(), "spring.datasource.password",
				(details.getPassword() != null) ? details.getPassword() : "");
	}

	String property(String key) {
		return this.context.getEnvironment().getRequiredProperty(key);
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "0"));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
