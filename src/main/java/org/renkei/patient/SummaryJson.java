package org.renkei.patient;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The summary as stored: JSON of {@link PatientSummary}. */
@Component
class SummaryJson {

    private final JsonMapper json;
    private final ObjectReader reader;

    SummaryJson(JsonMapper json) {
        this.json = json;
        // a version stored before a flag existed (Medication.asNeeded) has no key for it: absent reads as false
        this.reader = json.readerFor(PatientSummary.class).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    String write(PatientSummary summary) {
        return json.writeValueAsString(summary);
    }

    PatientSummary read(String content) {
        return reader.readValue(content);
    }
}
