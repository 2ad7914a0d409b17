/**
 * The association's calendar: 多職種連携連絡会, trainings and symposia, with registration and the waiting list, seats per
 * profession, attendance by a QR check-in link, groups balanced by profession, the survey, certificates (修了証) with a
 * verification link, iCalendar files and feeds, and the association's participation figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "kit", "notification", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.events;
