/** The patient pages: my patients, registration, the patient page with summary, history, team and consent, emergency access. */
@org.jspecify.annotations.NullMarked
package org.renkei.patient.ui;
