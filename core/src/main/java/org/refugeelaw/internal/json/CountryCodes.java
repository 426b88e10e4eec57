package org.refugeelaw.internal.json;

import java.util.Set;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.api.CaseJson;

/**
 * The country codes a case record accepts: ISO 3166-1 alpha-2 code elements in capitals.
 *
 * <ul>
 * <li>The 249 <b>officially assigned</b> code elements, among them {@code PS} (State of Palestine), {@code EH}
 * (Western Sahara) and {@code TW} (Taiwan, Province of China). The list is the one the Java 17 runtime gives for
 * {@code Locale.getISOCountries()} (249 codes), which follows ISO 3166-1; it is written out here so that every runtime
 * accepts the same codes.</li>
 * <li>{@code XK} for Kosovo: a code element ISO 3166-1 leaves to user assignment, used for Kosovo by the European
 * Commission, the IMF and SWIFT, and in Unicode CLDR (which lists it as "industry practice").</li>
 * <li>Any other <b>user-assigned</b> code element ({@code AA}, {@code QM} to {@code QZ}, {@code XA} to {@code XZ},
 * {@code ZZ}) only where the country information in use defines it (a condition or a nationality practice for it),
 * as training material does for fictional countries. {@code CaseJson.read} cannot know the country information, so it
 * lets these pass, and {@link Assessor#assess} checks them.</li>
 * </ul>
 *
 * <p>Everything else is refused: exceptionally reserved codes such as {@code UK} or {@code EU}, transitional or
 * withdrawn ones such as {@code YU} or {@code AN}, and unassigned pairs such as {@code NK}.
 */
public final class CountryCodes {
    /** The code for Kosovo: user-assigned, in general use. */
    public static final String KOSOVO = "XK";

    private static final Set<String> OFFICIAL = Set.of((
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT "
            + "BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH "
            + "ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT "
            + "HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS "
            + "LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI "
            + "NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG "
            + "SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG "
            + "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW "
            ).strip().split(" "));

    private CountryCodes() {
    }

    /** An officially assigned ISO 3166-1 alpha-2 code element. */
    public static boolean official(String code) {
        return OFFICIAL.contains(code);
    }

    /** One of the code elements ISO 3166-1 leaves to user assignment: AA, QM-QZ, XA-XZ, ZZ. */
    public static boolean userAssigned(String code) {
        if (code.length() != 2) {
            return false;
        }
        char a = code.charAt(0);
        char b = code.charAt(1);
        return code.equals("AA") || code.equals("ZZ") || (a == 'Q' && b >= 'M' && b <= 'Z')
                || (a == 'X' && b >= 'A' && b <= 'Z');
    }

    /** Accepted whatever the country information: officially assigned, or XK. */
    public static boolean known(String code) {
        return official(code) || KOSOVO.equals(code);
    }

    public static int officialCount() {
        return OFFICIAL.size();
    }
}
