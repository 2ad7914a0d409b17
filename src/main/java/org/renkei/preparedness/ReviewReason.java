package org.renkei.preparedness;

/** Why a plan is to be reviewed: a year has passed since it was confirmed, or the devices in the summary changed. */
public enum ReviewReason { YEARLY, DEVICE_CHANGED }
