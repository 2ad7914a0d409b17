/** The calendar for other systems: the API for a 区's or a hospital's system, and the members' iCalendar feeds. */
@org.jspecify.annotations.NullMarked
package org.renkei.events.web;
