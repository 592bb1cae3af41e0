package org.parkwatch.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend's architecture, as rules that the build checks. Each test is named after the reason
 * for its rule; the README's architecture section points here.
 */
class ArchitectureTest {
    private static final String[] CAPABILITIES = {
        "..backend.alarm..",
        "..backend.calc..",
        "..backend.gis..",
        "..backend.hazard..",
        "..backend.history..",
        "..backend.ingest..",
        "..backend.linkage..",
        "..backend.live..",
        "..backend.logistics..",
        "..backend.notify..",
        "..backend.portal..",
        "..backend.publicdisplay..",
        "..backend.push..",
        "..backend.risk..",
        "..backend.security..",
        "..backend.app.."
    };
    private static final String[] IO = {
        "io.vertx..",
        "java.sql..",
        "javax.sql..",
        "java.net.http..",
        "com.zaxxer..",
        "org.h2..",
        "org.postgresql..",
        "org.flywaydb.."
    };
    private static final String[] JSON = {"io.vertx.core.json..", "com.fasterxml.jackson.."};

    /**
     * Edges of a domain package: readers and loaders of data files and JSON mappers (named {@code
     * *Reader}, {@code *Loader}, {@code *Json}, nested classes included) turn outside formats into
     * the package's records.
     */
    private static final DescribedPredicate<JavaClass> NOT_AN_EDGE =
            DescribedPredicate.describe(
                    "not an edge",
                    c -> {
                        String top =
                                c.getName()
                                        .substring(c.getName().lastIndexOf('.') + 1)
                                        .split("\\$")[0];
                        return !(top.endsWith("Reader")
                                || top.endsWith("Loader")
                                || top.endsWith("Json"));
                    });

    private static JavaClasses backend;
    private static JavaClasses model;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        backend = importer.importPackages("org.parkwatch.backend");
        model = importer.importPackages("org.parkwatch.model");
    }

    /**
     * A cycle between capabilities means neither can be understood, tested or changed without the
     * other.
     */
    @Test
    void capabilitiesDependOnEachOtherWithoutCycles() {
        slices().matching("org.parkwatch.backend.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "a capability is read and tested on its own; the composition root (app) wires them")
                .check(backend);
    }

    /**
     * Infrastructure serves every capability; if it knew one, every other would inherit that
     * dependency.
     */
    @Test
    void platformKnowsNoCapability() {
        noClasses()
                .that()
                .resideInAPackage("..backend.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CAPABILITIES)
                .because(
                        "platform is the infrastructure capabilities build on; only app wires them together")
                .check(backend);
    }

    /**
     * Nothing depends on the composition root: it is where the graph is built, not a locator to
     * pull from.
     */
    @Test
    void nobodyPullsFromTheCompositionRoot() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..backend.app..", "..backend.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..backend.app..")
                .because("capabilities get their ports through constructors, not from the root")
                .check(backend);
    }

    /**
     * The shared models run in the CLI, the simulator and the bridge: they must not need a server
     * or a database.
     */
    @Test
    void sharedModelsNeedNoServerDatabaseOrNetwork() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(IO)
                .because(
                        "the consequence, risk, park and uplink models are plain Java used by every module")
                .check(model);
    }

    /**
     * The standards written as code (ISA-18.2, GB 18218) are tested as tables, with no server in
     * the way.
     */
    @Test
    void alarmStateMachineAndHazardGradingArePlainJava() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideInAPackage("org.parkwatch.backend.alarm")
                        .or()
                        .haveSimpleNameEndingWith("Grader")
                        .or()
                        .haveSimpleName("InventoryCalculator")
                        .or()
                        .haveSimpleName("TankGeometry")
                        .or()
                        .haveSimpleName("GradeBands")
                        .or()
                        .haveSimpleName("GradingResult")
                        .or()
                        .haveSimpleName("LiveGradingTracker")
                        .or()
                        .resideInAPackage("..backend.alarm.correlation")
                        .and(NOT_AN_EDGE)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(IO)
                        .because("domain logic is plain Java: no Vert.x, JDBC or HTTP types");
        rule.check(backend);
    }

    /**
     * Domain records are the model; JSON is one of their outside shapes, made where they leave the
     * process.
     */
    @Test
    void domainLogicImportsNoJsonLibrary() {
        noClasses()
                .that()
                .resideInAPackage("org.parkwatch.backend.alarm")
                .or()
                .haveSimpleNameEndingWith("Grader")
                .or()
                .haveSimpleName("InventoryCalculator")
                .or()
                .haveSimpleName("GradingResult")
                .or()
                .haveSimpleName("AlarmStateMachine")
                .or()
                .resideInAPackage("..backend.alarm.correlation")
                .or()
                .haveSimpleName("ExposedPopulation")
                .or()
                .haveSimpleName("MonitoringCoverage")
                .or()
                .haveSimpleName("ParkHazardUnits")
                .or()
                .haveSimpleName("ZoneRequest")
                .or()
                .haveSimpleName("ZoneRun")
                .or()
                .haveSimpleName("QraRun")
                .and(NOT_AN_EDGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JSON)
                .because(
                        "JSON is made only at the edges: routes, push, persistence mappers and exports")
                .check(backend);
    }

    /**
     * Who is told and what they read (the roster, its validation, the templates, DingTalk's
     * signature) are rules of the park written as plain Java, tested without a server.
     */
    @Test
    void notificationRulesArePlainJava() {
        String[] forbidden =
                java.util.stream.Stream.concat(
                                java.util.Arrays.stream(IO), java.util.Arrays.stream(JSON))
                        .toArray(String[]::new);
        noClasses()
                .that()
                .haveNameMatching(
                        ".*\\.notify\\.(Roster|RosterValidator|Shift|DutyPerson|Channel|MessageKind"
                                + "|NotificationRequest|NotificationTemplates|DingTalkSign)")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("the roster and the templates are domain logic: no Vert.x, JDBC or JSON")
                .check(backend);
    }
}
