package org.refugeelaw.api;

/**
 * One problem with an input document.
 *
 * @param path     where, as a JSON path ({@code $.person.nationalities[0].country})
 * @param received what was there, as written ({@code "KPR"}), or {@code (missing)}
 * @param expected what is allowed there ({@code a two-letter ISO 3166-1 country code})
 * @param message  one sentence saying all three, for a person to read
 */
public record InputProblem(String path, String received, String expected, String message) {
    @Override
    public String toString() {
        return message;
    }
}
