package no.arbeidoghelse.kunnskapsbase;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.is;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The house rules of the code, checked on the compiled main classes. */
class ArchitectureTest {

  private static final String ROOT = "no.arbeidoghelse.kunnskapsbase";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  private static String[] features(String... names) {
    String[] packages = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      packages[i] = ROOT + "." + names[i] + "..";
    }
    return packages;
  }

  @Test
  void featuresDoNotDependOnEachOtherInCircles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theItemCoreKnowsNoSatelliteAndNoKind() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".item..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            features(
                "document",
                "search",
                "history",
                "curation",
                "project",
                "publication",
                "practicereport",
                "web",
                "sample"))
        .check(MAIN);
  }

  @Test
  void kindsAreReachedOnlyThroughTheirRegistry() {
    noClasses()
        .that()
        .resideOutsideOfPackages(features("project", "publication", "practicereport"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(features("project", "publication", "practicereport"))
        .check(MAIN);
  }

  @Test
  void thePlatformServesEveryFeatureAndKnowsNone() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".platform..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(ROOT + "..")
                .and(JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".platform..")))
        .check(MAIN);
  }

  @Test
  void controlCodeSpeaksNoHttp() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", ROOT + ".platform.rest..")
        .check(MAIN);
  }

  @Test
  void luceneLivesInSearchAndTikaInDocumentExtraction() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".search..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(MAIN);
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".document.extraction..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.tika..")
        .check(MAIN);
  }

  /**
   * No thread is started by hand and no JDK executor made: the container's managed thread factory
   * makes them (the extraction worker, in a JVM of its own, uses a thread builder; the launcher
   * runs before there is a container, and its one thread is its shutdown hook).
   */
  @Test
  void everyBackgroundThreadIsTheContainers() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".platform.launcher..")
        .should()
        .callConstructorWhere(target(owner(is(JavaClass.Predicates.assignableTo(Thread.class)))))
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(Executors.class)
        .check(MAIN);
  }
}
