/**
 * Generated data at scale for benchmarks and load tests (not demo data): associations, facilities,
 * members, patients with consent, teams and summaries, written in JDBC batches. A tool module: it
 * writes the other modules' tables directly and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"patient", "security"})
@org.jspecify.annotations.NullMarked
package org.renkei.datagen;
