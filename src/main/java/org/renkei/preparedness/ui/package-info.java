/** The preparedness pages: the register, a plan, the disaster board, and the plan's state on the patient page. */
@org.jspecify.annotations.NullMarked
package org.renkei.preparedness.ui;
