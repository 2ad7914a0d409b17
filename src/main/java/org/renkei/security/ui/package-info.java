/** The pages at the door: login, the second factor, activation and password links, and the member's own account page. */
@org.jspecify.annotations.NullMarked
package org.renkei.security.ui;
