package org.refugeelaw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule states its legal basis, and every DRL file is named after its provision and sits in its package. */
class RuleMetadataTest {
    private static final Path RULES = Path.of("src/main/resources/org/refugeelaw/rules");
    private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"\\n(.*?)\\nwhen", Pattern.DOTALL);

    @Test
    void everyRuleHasALegalBasis() throws IOException {
        List<String> missing = new ArrayList<>();
        int rules = 0;
        for (Path drl : drlFiles()) {
            Matcher m = RULE.matcher(Files.readString(drl));
            while (m.find()) {
                rules++;
                if (!m.group(2).contains("@legalBasis(\"")) {
                    missing.add(drl.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(rules).isGreaterThan(100);
        assertThat(missing).as("rules without @legalBasis").isEmpty();
    }

    @Test
    void everyDrlFileDeclaresThePackageOfItsFolder() throws IOException {
        for (Path drl : drlFiles()) {
            String folder = RULES.relativize(drl.getParent()).toString().replace('/', '.');
            assertThat(Files.readString(drl)).as(drl.toString())
                    .contains("package org.refugeelaw.rules." + folder + ";")
                    .startsWith("//");
        }
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(RULES)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
