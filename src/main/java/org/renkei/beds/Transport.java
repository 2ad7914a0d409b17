package org.renkei.beds;

/** How the patient gets there; labels under {@code beds.transport.*}. */
public enum Transport { FAMILY, CARE_TAXI, HOSPITAL_PICKUP, AMBULANCE }
