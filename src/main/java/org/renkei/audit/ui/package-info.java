/** The access log's page for administrators: filter, read, export, check the chain. */
@org.jspecify.annotations.NullMarked
package org.renkei.audit.ui;
