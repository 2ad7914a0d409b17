/** The handoff pages: the lists, the sheet editors, a handoff with its timeline, conferences and documents. */
@org.jspecify.annotations.NullMarked
package org.renkei.handoff.ui;
