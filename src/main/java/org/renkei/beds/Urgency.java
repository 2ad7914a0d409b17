package org.renkei.beds;

/** How soon the bed is needed; labels under {@code beds.urgency.*}. */
public enum Urgency { TODAY, WITHIN_48H }
