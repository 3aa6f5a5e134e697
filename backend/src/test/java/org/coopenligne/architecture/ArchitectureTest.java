package org.coopenligne.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md, checked. The back end is a set of features ({@code org.coopenligne.<feature>})
 * over a shared kernel ({@code org.coopenligne.common}):
 * <ul>
 *   <li>{@code common} depends on no feature;</li>
 *   <li>a feature uses another feature's services, events and published records (views, enums, DTOs), never its
 *       entities, repositories, plain-SQL stores or resources;</li>
 *   <li>the features depend on each other without cycles.</li>
 * </ul>
 * The exceptions are listed below by name, each with its reason; a new one is a decision to write here, not an accident.
 */
class ArchitectureTest {

    static final String ROOT = "org.coopenligne";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Classes allowed to reach into other features' internals, and why. */
    static final Map<String, String> READ_MODELS = Map.of(
            ROOT + ".demo.DemoData",
            "the demo data of `make run` and the benches writes every feature's rows, as a migration would; no request reaches it");

    /**
     * Dependencies that would close a cycle between features and are right as they are. The staff's cooperatives
     * list (one SQL query over the cooperatives and their adhesion of the year) filters and shows the adhesion's
     * status: it reads the adhesion's published enum, while the adhesion asks the cooperative feature for names.
     */
    static final Map<String, String> CYCLE_EXCEPTIONS = Map.of(
            ROOT + ".cooperative.CooperativeFilter", ROOT + ".adhesion.AdhesionStatus",
            ROOT + ".cooperative.CooperativeListItem", ROOT + ".adhesion.AdhesionStatus",
            ROOT + ".cooperative.CooperativeRepository", ROOT + ".adhesion.AdhesionStatus");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        var rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
        for (var e : CYCLE_EXCEPTIONS.entrySet()) {
            rule = rule.ignoreDependency(e.getKey(), e.getValue());
        }
        rule.check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat(describe("belong to a feature", c -> feature(c) != null && !feature(c).equals("common")))
                .check(CLASSES);
    }

    @Test
    void aFeatureUsesNoOtherFeaturesInternals() {
        classes().that(describe("belong to a feature", c -> feature(c) != null && !READ_MODELS.containsKey(topLevel(c).getName())))
                .should(new ArchCondition<JavaClass>("use no other feature's entities, repositories, stores or resources") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            String from = feature(origin);
                            String to = feature(target);
                            if (to != null && !to.equals(from) && !to.equals("common") && internal(target) != null) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (" + target.getSimpleName()
                                        + " is " + internal(target) + " of " + to + ")"));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    /** The feature a class belongs to ("common" for the kernel), or null outside the application. */
    static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = p.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** What makes a class internal to its feature, or null when other features may use it. */
    static String internal(JavaClass c) {
        JavaClass top = topLevel(c);
        if (top.isAnnotatedWith(Entity.class)) {
            return "an entity";
        }
        if (top.isAssignableTo(PanacheRepositoryBase.class)) {
            return "a repository";
        }
        if (top.getSimpleName().endsWith("Store")) {
            return "a plain-SQL store";
        }
        if (top.isAnnotatedWith(Path.class)) {
            return "a resource";
        }
        return null;
    }
}
