/**
 * The directory of associations (地区医師会), their districts, facilities and members: registration and
 * approval, staff administration, CSV import and export, and the search every member uses to find
 * colleagues in any district.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "kit", "platform", "platform :: api", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.directory;
