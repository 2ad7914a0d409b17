/** The on-call pages: tonight's briefs and calls, the morning reports, absences, agreements, the rota and the figures. */
@org.jspecify.annotations.NullMarked
package org.renkei.oncall.ui;
