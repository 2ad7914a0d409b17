/** The directory in the API: facilities and members every client of a member facility may look up. */
@org.jspecify.annotations.NullMarked
package org.renkei.directory.web;
