package org.renkei.patient;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The summary as stored: JSON of {@link PatientSummary}. */
@Component
class SummaryJson {

    private final JsonMapper json;

    SummaryJson(JsonMapper json) {
        this.json = json;
    }

    String write(PatientSummary summary) {
        return json.writeValueAsString(summary);
    }

    PatientSummary read(String content) {
        return json.readValue(content, PatientSummary.class);
    }
}
