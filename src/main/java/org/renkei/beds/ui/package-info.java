/** The backup-bed pages: the board of free beds, requests with their timeline, registrations, the programme. */
@org.jspecify.annotations.NullMarked
package org.renkei.beds.ui;
