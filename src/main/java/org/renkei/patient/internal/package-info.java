/** The patient module's entities and repositories, the demo patients and the data generator. */
@org.jspecify.annotations.NullMarked
package org.renkei.patient.internal;
