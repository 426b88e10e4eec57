package org.refugeelaw.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.internal.json.CaseReader;

/**
 * Prints what the library answers today for every file of the hostile corpus, as rows of {@code hostile/expected.tsv}.
 * Not a test: a tool for writing expectations for new files, which are then read one by one before they are kept.
 * {@code java -cp core/target/test-classes:core/target/classes:... org.refugeelaw.api.HostileCorpusGolden
 * core/src/test/resources/hostile}
 */
public final class HostileCorpusGolden {
    private HostileCorpusGolden() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        CountryInformation bundled;
        try (var in = HostileCorpusGolden.class.getResourceAsStream("/org/refugeelaw/data/country-information.json")) {
            bundled = CaseJson.readCountryInformation(in);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            String name = folder.relativize(p).toString().replace('\\', '/');
            CountryInformation ci = name.startsWith("country-information/") ? bundled : null;
            try {
                CaseReader.read(new String(Files.readAllBytes(p), StandardCharsets.UTF_8), ci);
                System.out.println(name + "\t(valid)\t");
            } catch (InvalidCaseException e) {
                for (InputProblem q : e.problems()) {
                    System.out.println(name + "\t" + q.path() + "\t" + q.message());
                }
            }
        }
    }
}
