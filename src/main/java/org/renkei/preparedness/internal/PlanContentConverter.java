package org.renkei.preparedness.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.renkei.preparedness.PlanContent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A plan's content as stored: JSON, so that a version is kept whole and a later field reads as empty in an older one. */
@Converter
public class PlanContentConverter implements AttributeConverter<PlanContent, String> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String convertToDatabaseColumn(PlanContent content) {
        return JSON.writeValueAsString(content);
    }

    @Override
    public PlanContent convertToEntityAttribute(String stored) {
        return JSON.readValue(stored, PlanContent.class);
    }
}
