/** Platform parts nobody calls directly: the API's error advice. */
@org.jspecify.annotations.NullMarked
package org.renkei.platform.internal;
