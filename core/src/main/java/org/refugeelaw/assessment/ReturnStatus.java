package org.refugeelaw.assessment;

/** Whether return to a destination is barred. */
public enum ReturnStatus {
    BARRED, NOT_BARRED, UNDETERMINED
}
