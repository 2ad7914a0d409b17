package org.renkei.beds;

/** Why a hospital cannot take the patient; labels under {@code beds.decline.*}. */
public enum DeclineReason { FULL, NOT_SPECIALTY, MEDICALLY_UNSUITABLE, NOT_ELIGIBLE, OTHER }
