/** Backup beds in the API: availability, requests and their answers. */
@org.jspecify.annotations.NullMarked
package org.renkei.beds.web;
