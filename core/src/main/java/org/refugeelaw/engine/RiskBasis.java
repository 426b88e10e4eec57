package org.refugeelaw.engine;

import org.refugeelaw.model.Conduct;

/**
 * What a risk on return rests on. Concealment is a question about the future only (HJ (Iran) [2010] UKSC 31 para 82):
 * it can arise for conduct the person would engage in on return, never for an act already done that the authorities
 * know of or will learn of, nor for a circumstance such as screening on return.
 */
public enum RiskBasis {
    /** An act already done: leaving without permission, activities abroad, a claim abroad, an offence. */
    PAST_ACT,
    /** Conduct the person would engage in on return ({@code claim.profile}): how they would live. */
    FUTURE_CONDUCT,
    /** A circumstance of the person or of return itself: a forced return, pregnancy, a harm found particular to them. */
    CIRCUMSTANCE;

    /** The basis a risk has unless a rule says otherwise: the trigger's nature, never future conduct. */
    public static RiskBasis of(Conduct trigger) {
        if (trigger == null || trigger == Conduct.FORCED_RETURN || trigger == Conduct.PREGNANCY_ON_RETURN) {
            return CIRCUMSTANCE;
        }
        return PAST_ACT;
    }
}
