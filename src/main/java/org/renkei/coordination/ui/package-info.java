/** The desk's pages: its queue, a request with its inquiries and timeline, a facility's inquiries, supply and demand. */
@org.jspecify.annotations.NullMarked
package org.renkei.coordination.ui;
