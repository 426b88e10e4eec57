package org.refugeelaw.assessment;

/** The status of a criterion. */
public enum Status {
    MET, NOT_MET, UNDETERMINED, NOT_APPLICABLE
}
