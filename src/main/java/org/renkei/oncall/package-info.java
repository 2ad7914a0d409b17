/**
 * 24時間の診療体制: cover agreements between clinics (主治医・副主治医) and a district's rota pool (輪番), the 主治医's
 * absences, the monthly rota with its gaps, who answers a patient's call now and next, the on-call brief (申し送り) and
 * its PDF, read access that follows the cover, the calls taken at night and the morning report, and the association's
 * monthly figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "messaging", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.oncall;
