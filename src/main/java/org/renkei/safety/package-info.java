/**
 * 在宅医療現場におけるハラスメント対策: incident reports kept inside the reporting facility (read by the reporter and the
 * facility's administrators only), the visit-risk measures the whole team sees and confirms, the two-person visits
 * log for the subsidy claim, the association's counts without names, and where to get help.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.safety;
