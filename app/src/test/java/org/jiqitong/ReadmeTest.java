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
}
