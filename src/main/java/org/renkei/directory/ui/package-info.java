/** The directory's pages: facility registration, administrators' lists and decisions, staff management, CSV import, member search. */
@org.jspecify.annotations.NullMarked
package org.renkei.directory.ui;
