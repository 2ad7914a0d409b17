/** The preparedness aggregates (the plan with its grants, the disaster event with its checks), their rows and repositories. */
@org.jspecify.annotations.NullMarked
package org.renkei.preparedness.internal;
