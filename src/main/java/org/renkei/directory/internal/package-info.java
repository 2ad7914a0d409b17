/** The directory's entities and repositories, and how it answers the security module's questions about members. */
@org.jspecify.annotations.NullMarked
package org.renkei.directory.internal;
