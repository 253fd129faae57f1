package org.classbell.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.classbell.store.testing.DatabaseCleaner;
import org.classbell.store.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city benchmark at its small scale, on the test database: a smoke check that every
 * phase still runs and counts what it should. No figure of time is asserted.
 */
class CityBenchmarkIntegrationTest {

	@Test
	void runsEveryPhaseAtTheSmallScaleAndPrintsItsFigures() throws Exception {
		TestDatabase.Connection database = TestDatabase.get();
		DataSource dataSource = TestDatabase.migrated();
		DatabaseCleaner.clean(dataSource);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		Results results;
		try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
			results = new CityBenchmark(Scale.SMALL,
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password()),
					out)
				.run();
		}
		finally {
			DatabaseCleaner.clean(dataSource);
		}

		assertThat(results.setting().students()).isEqualTo(1000);
		assertThat(results.setting().guardians()).isEqualTo(1500);
		assertThat(results.generation().rows()).isGreaterThan(40_000);
		assertThat(results.reports().students()).isEqualTo(1000);
		assertThat(results.reports().queued()).isEqualTo(1500);
		assertThat(results.reports().statements()).isPositive();
		assertThat(results.reports().aggregateSeconds()).isPositive();
		assertThat(results.reports().heapBytes()).isPositive();
		assertThat(results.oneNode().notifications()).isEqualTo(Scale.SMALL.notifications());
		assertThat(results.twoNodes().nodes()).isEqualTo(2);
		assertThat(results.bot().updates()).isEqualTo(Scale.SMALL.updates());
		assertThat(results.bot().p99()).isGreaterThanOrEqualTo(results.bot().p50()).isPositive();
		assertThat(results.roster().rows()).isEqualTo(Scale.SMALL.rosterRows());
		assertThat(results.retention().blanked()).isPositive().isLessThan(results.retention().notifications());
		assertThat(results.retention().deleted()).isPositive().isLessThan(results.retention().auditRows());
		assertThat(results.retention().other()).isGreaterThanOrEqualTo(Scale.SMALL.updates());
		assertThat(results.backup().rows()).isGreaterThan(results.retention().notifications());
		assertThat(results.backup().bytes()).isPositive();
		List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).anyMatch((line) -> line.startsWith("weekly report run, whole city"));
		JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
		assertThat(json.path("scale").asString()).isEqualTo("small");
		assertThat(json.path("weeklyReports").path("outboxRows").asInt()).isEqualTo(1500);
		for (String figure : List.of("/weeklyReports/seconds", "/weeklyReports/studentsPerSecond",
				"/weeklyReports/statements", "/weeklyReports/aggregateSeconds", "/weeklyReports/ratio",
				"/weeklyReports/peakHeapMb", "/weeklyReports/peakRssMb", "/dispatch/oneNodePerSecond",
				"/dispatch/twoNodesPerSecond", "/bot/updatesPerSecond", "/bot/p50Ms", "/bot/p99Ms",
				"/rosterImport/rowsPerSecond", "/generation/seconds", "/retention/seconds",
				"/retention/messageBodiesBlanked", "/retention/auditLogDeleted", "/backup/seconds",
				"/backup/restoreSeconds")) {
			assertThat(json.at(figure).isNumber()).as(figure).isTrue();
		}
	}

}
