package org.jiqitong;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of ARCHITECTURE.md holds: no cycles, no module reaching into another's internals.
 * The {@code rules} library shares our package prefix but is a plain dependency, not a module of the app.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JiqitongApplication.class,
            JavaClass.Predicates.resideInAPackage("org.jiqitong.rules.."));

    @Test
    void modulesAreWellFormed() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationAndTheReadmeNamesEveryModule() throws Exception {
        new Documenter(modules).writeDocumentation();
        java.nio.file.Path docs = java.nio.file.Path.of("target/spring-modulith-docs");
        org.assertj.core.api.Assertions.assertThat(docs.resolve("components.puml")).as("the module diagram").exists();
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        java.util.List<String> names = modules.stream().map(m -> m.getBasePackage().getName()).toList();
        org.assertj.core.api.Assertions.assertThat(names).as("the modules").hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(name -> org.assertj.core.api.Assertions.assertThat(readme).as("README's module map")
                        .contains(name));
    }
}
