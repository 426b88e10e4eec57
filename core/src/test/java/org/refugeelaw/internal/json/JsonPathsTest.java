package org.refugeelaw.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plain-name test of {@link JsonPaths#field} (a loop, for speed) decides as the regular expression it replaced. */
class JsonPathsTest {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Test
    void aNameIsPlainExactlyWhenTheIdentifierPatternMatchesIt() {
        List<String> names = new ArrayList<>(List.of("", "a", "_", "A9", "9a", "a-b", "a b", "é", "a\u0000", "nationalities",
                "$", "a.b", "a[0]", "Z_z_0"));
        for (char c = 0; c < 512; c++) { // every character alone and after a letter
            names.add(String.valueOf(c));
            names.add("a" + c);
        }
        Random random = new Random(15);
        String alphabet = "aZ_09-. é'[]$\u001b";
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        for (String name : names) {
            assertThat(JsonPaths.plain(name)).as("'%s'", name).isEqualTo(PLAIN.matcher(name).matches());
        }
        assertThat(JsonPaths.field("$.person", "nationalities")).isEqualTo("$.person.nationalities");
        assertThat(JsonPaths.field("$", "odd name")).isEqualTo("$['odd name']");
    }
}
