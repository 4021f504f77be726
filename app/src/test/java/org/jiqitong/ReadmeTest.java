package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 15.17: the README's promises that a test can hold it to — its links lead somewhere inside the repository. */
class ReadmeTest {

    @Test
    void everyRelativeLinkOfTheReadmeResolvesInsideTheRepository() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        var links = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(readme).results().map(m -> m.group(1)).toList();
        assertThat(links).as("the design files are linked").contains("docs/design/ARCHITECTURE.md");
        assertThat(links).allSatisfy(l -> assertThat(root.resolve(l)).as(l).exists());
        assertThat(readme).as("no link to a place outside the repository").doesNotContain("../shared");
        assertThat(readme).contains("SERVER_PORT=", "rm -rf ./data", "Ctrl+C");
    }

    @Test
    void everyAnswerOfWhereIsItDecidedIsAFileThatExists() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## 在哪里决定?"), readme.indexOf("## 安全说明"));
        var files = Pattern.compile("`((?:app|rules)/[^`]+\\.java)`").matcher(section).results().map(m -> m.group(1)).toList();
        assertThat(files).as("ten questions, each answered with a file").hasSizeGreaterThanOrEqualTo(10);
        assertThat(files).allSatisfy(f -> assertThat(root.resolve(f)).as(f).exists());
    }
}
