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
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
