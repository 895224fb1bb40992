package io.normgraph;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package-by-feature rules, checked on the compiled main classes: features meet only
 * through each other's public API, controllers leave Cypher and the database to services, and
 * no two features depend on each other.
 */
class ArchitectureTests {

	/**
	 * The shared kernel every feature may use: the graph answer shape, the API's errors and
	 * checks, the declared schema every feature reads its labels, types and roles from, and the
	 * tokeniser that text reuse and the diff share.
	 */
	static final Set<String> SHARED = Set.of("graph", "system", "schema", "text");

	static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.normgraph");

	private static final Pattern CYPHER = Pattern.compile("\\b(MATCH|MERGE|CREATE)\\b");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("io.normgraph.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void featuresReachEachOtherOnlyThroughServicesAndRecords() {
		ArchRule rule = classes().that()
			.resideInAPackage("io.normgraph.(*)..")
			.should(useOtherFeaturesOnlyThroughTheirApi())
			.because("a feature is used through its public services and the records, enums and exceptions they "
					+ "answer with; graph, system, schema and text are shared by all");
		rule.check(MAIN);
	}

	@Test
	void controllersDoNotQueryTheDatabase() {
		ArchRule rule = noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(Neo4jClient.class, Driver.class, Session.class, QueryRunner.class, GraphDatabaseService.class)
			.because("a controller maps HTTP or GraphQL to a service; the service owns its queries");
		rule.check(MAIN);
	}

	@Test
	void controllersHoldNoCypher() {
		ArchRule rule = fields().that()
			.areDeclaredInClassesThat()
			.haveSimpleNameEndingWith("Controller")
			.and()
			.haveRawType(String.class)
			.and()
			.areStatic()
			.should(holdNoCypher())
			.allowEmptyShould(true)
			.because("Cypher lives in the feature's service or query class");
		rule.check(MAIN);
	}

	private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirApi() {
		return new ArchCondition<>("use other features only through their services, records, enums and exceptions") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass().getBaseComponentType();
					String feature = feature(target);
					if (feature != null && !feature.equals(feature(origin)) && !SHARED.contains(feature) && !isApi(target)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The feature a class belongs to: the package under io.normgraph, or null outside one. */
	static @Nullable String feature(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith("io.normgraph.")) {
			return null;
		}
		int end = name.indexOf('.', "io.normgraph.".length());
		return name.substring("io.normgraph.".length(), (end < 0) ? name.length() : end);
	}

	static boolean isApi(JavaClass type) {
		return type.getSimpleName().endsWith("Service") || type.isAnnotatedWith(Service.class) || type.isRecord()
				|| type.isEnum() || type.isAssignableTo(RuntimeException.class);
	}

	private static ArchCondition<JavaField> holdNoCypher() {
		return new ArchCondition<>("hold no Cypher (MATCH, MERGE or CREATE)") {
			@Override
			public void check(JavaField field, ConditionEvents events) {
				Object value = value(field);
				boolean cypher = value instanceof String text && CYPHER.matcher(text).find();
				events.add(new SimpleConditionEvent(field, !cypher, field.getFullName() + " holds Cypher"));
			}
		};
	}

	private static Object value(JavaField field) {
		try {
			Field reflected = field.reflect();
			reflected.setAccessible(true);
			return reflected.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
