package org.renkei.safety;

/** By whom: the patient, the family, someone else at the home. */
public enum Perpetrator { PATIENT, FAMILY, OTHER }
