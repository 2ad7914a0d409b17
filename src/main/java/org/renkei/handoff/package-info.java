/**
 * 入退院時連携: the admission information sheet (入院時情報提供書) from the care manager to the hospital, and
 * the discharge information from the hospital to the home team; their states, deadlines and timeline,
 * discharge conferences, the printable PDF and the FHIR document.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "messaging", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.handoff;
