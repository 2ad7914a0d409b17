/** Coordination in the API: a hospital system files a request to the desk and reads where it stands. */
@org.jspecify.annotations.NullMarked
package org.renkei.coordination.web;
