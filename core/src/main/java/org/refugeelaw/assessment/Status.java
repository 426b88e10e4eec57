package org.refugeelaw.assessment;

/** The status of a criterion. */
public enum Status {
    /** The criterion is met. */
    MET,
    /** The criterion is not met. */
    NOT_MET,
    /** Whether it is met turns on facts not yet known. */
    UNDETERMINED,
    /** The criterion does not arise in this case. */
    NOT_APPLICABLE
}
