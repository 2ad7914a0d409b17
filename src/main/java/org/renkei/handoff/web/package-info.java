/** Handoffs in the API: a hospital system's whole discharge flow, the documents, and referral letters as FHIR. */
@org.jspecify.annotations.NullMarked
package org.renkei.handoff.web;
