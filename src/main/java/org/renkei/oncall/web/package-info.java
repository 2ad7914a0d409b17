/** Cover in the API: who answers a patient's call, a cover period's briefs (JSON and PDF), and recording a call. */
@org.jspecify.annotations.NullMarked
package org.renkei.oncall.web;
