/** Patients in the API: those on the client's facility's teams, and their summaries. */
@org.jspecify.annotations.NullMarked
package org.renkei.patient.web;
