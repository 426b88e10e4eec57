package org.refugeelaw.assessment;

/** The overall determination of Convention refugee status. */
public enum RefugeeStatus {
    /** Meets the definition, is not excluded, has no other effective protection. */
    REFUGEE,
    /** Does not meet the definition, or another state protects. */
    NOT_REFUGEE,
    /** Excluded under RC 1D or 1F, whatever the inclusion findings. */
    EXCLUDED,
    /** A cessation clause applies. */
    CEASED,
    /** An unknown fact could change the outcome. */
    UNDETERMINED
}
