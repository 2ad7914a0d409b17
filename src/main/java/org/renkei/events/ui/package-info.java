/** The calendar's pages: the calendar, one meeting, the check-in link, the certificate's verification, and the home card. */
@org.jspecify.annotations.NullMarked
package org.renkei.events.ui;
