/** The preparedness API for a 区's own systems: the register of its district and the check states during an event. */
@org.jspecify.annotations.NullMarked
package org.renkei.preparedness.web;
