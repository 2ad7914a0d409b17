/**
 * The patient's circle of care: patients with their consent to share information (一括同意 / 個別同意),
 * the care team and its roles, the versioned patient summary (患者サマリー), break-glass access, and the
 * one rule that decides who may see a patient.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.patient;
