/**
 * 在宅療養後方支援病床: a district's backup-bed programme (its hospitals and rules), each hospital's free beds on a live
 * board, patients registered in advance, requests for a bed with the hospital's answer, the next hospital after a
 * refusal or no answer in time, and the programme's monthly figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "handoff", "kit", "messaging", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.beds;
