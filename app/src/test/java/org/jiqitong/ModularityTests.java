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

    /** Each migration in its module's folder (or shared/); versions unique; from V25 on named V{n}__{module}_{what}. */
    @Test
    void migrationsLiveInTheirModulesFolders() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/resources/db/migration");
        java.util.Set<String> folders = new java.util.HashSet<>(modules.stream()
                .map(m -> m.getBasePackage().getName().replace("org.jiqitong.", "")).toList());
        folders.add("shared");
        java.util.List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(root)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).toList();
        }
        org.assertj.core.api.Assertions.assertThat(files).as("migrations").hasSizeGreaterThanOrEqualTo(24);
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        for (java.nio.file.Path f : files) {
            java.nio.file.Path rel = root.relativize(f);
            org.assertj.core.api.Assertions.assertThat(rel.getNameCount()).as(rel + " lies in a module's folder").isEqualTo(2);
            String module = rel.getName(0).toString();
            String name = rel.getFileName().toString();
            org.assertj.core.api.Assertions.assertThat(folders).as(rel + ": a module's folder").contains(module);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql").matcher(name);
            org.assertj.core.api.Assertions.assertThat(m.matches()).as(name + " is V{n}__{what}.sql").isTrue();
            int version = Integer.parseInt(m.group(1));
            org.assertj.core.api.Assertions.assertThat(versions.add(version)).as("version " + version + " once").isTrue();
            if (version >= 25) {
                org.assertj.core.api.Assertions.assertThat(m.group(2)).as(name + " names its module")
                        .startsWith(module + "_");
            }
        }
    }
}
