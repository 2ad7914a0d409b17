@org.jspecify.annotations.NullMarked
package org.renkei.safety.web;
