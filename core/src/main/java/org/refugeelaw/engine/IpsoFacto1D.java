package org.refugeelaw.engine;

import java.util.List;

/**
 * Inserted by the RC 1D rules: the person is a Palestine refugee who availed themselves of UNRWA's protection or
 * assistance, which has ceased for reasons beyond their control, so they are ipso facto entitled to the benefits
 * of the Convention (RC 1D second paragraph).
 *
 * @param facts the facts relied on
 */
public record IpsoFacto1D(List<String> facts) {
    public IpsoFacto1D {
        facts = List.copyOf(facts);
    }
}
