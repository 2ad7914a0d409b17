/**
 * The access log: who viewed or changed what and when, kept append-only and chained with hashes so
 * that a changed or removed entry is found; its viewer and its CSV export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kit", "platform", "security", "shell"})
@org.jspecify.annotations.NullMarked
package org.renkei.audit;
