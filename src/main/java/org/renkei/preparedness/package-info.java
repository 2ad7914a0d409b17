/**
 * 在宅人工呼吸器使用者の災害対策: the device profile kept with the summary, the individual disaster plan (災害時個別支援計画)
 * with its versions and consent, grants of generators and batteries, the 区's register, and disaster mode (an event
 * declared for a district, a live board of every user with an assigned checker, reminders, the record for review).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "patient", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.preparedness;
