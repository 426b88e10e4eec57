package org.refugeelaw.assessment;

/**
 * Whether return to a destination is barred. {@link #BARRED_PENDING_DETERMINATION}: refugee status is not yet
 * determined and a Convention risk there is open; recognition is declaratory (HB 28), so a state bound by RC 33 may
 * not return the person there before it has decided the claim (ExCom Conclusion No. 6 (XXVIII) (1977) (c); UNHCR
 * Advisory Opinion on the Extraterritorial Application of Non-Refoulement Obligations (2007) para 6).
 */
public enum ReturnStatus {
    /** Return is barred. */
    BARRED,
    /** Return is barred until refugee status is determined. */
    BARRED_PENDING_DETERMINATION,
    /** Return is not barred. */
    NOT_BARRED,
    /** Whether return is barred turns on facts not yet known. */
    UNDETERMINED
}
