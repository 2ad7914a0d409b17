package org.renkei.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The official packages load into HAPI's validator the way the portal uses them: the IG's own example Bundles conform
 * (so an error on our documents is ours, or one of the IG's known defects), and a Bundle that breaks the profile does
 * not.
 */
class JpClinsValidatorTest {

    private final JpClinsValidator validator = JpClinsValidator.shared();

    private static Bundle example(String name) throws IOException {
        try (InputStream in = new ClassPathResource("fhir/examples/" + name).getInputStream()) {
            return DischargeSummaryFhir.context().newJsonParser()
                    .parseResource(Bundle.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> describe(List<SingleValidationMessage> errors) {
        return errors.stream().map(m -> m.getMessageId() + " @ " + JpClinsValidator.location(m) + ": " + m.getMessage()).toList();
    }

    @Test
    void theIgsReferralExamplesConformToTheReferralProfile() throws IOException {
        for (String name : List.of("Bundle-Bundle-CLINS-Referral-Example-01.json",
                "Bundle-Bundle-CLINS-Referral-NoEntry-Example-01.json")) {
            assertThat(describe(JpClinsValidator.errors(validator.validate(example(name), JpClinsValidator.REFERRAL))))
                    .as(name).isEmpty();
        }
    }

    @Test
    void theIgsPatientSummaryExampleConforms() throws IOException {
        assertThat(describe(JpClinsValidator.errors(validator.validate(example("Bundle-Bundle-CLINS-PCS-Example-01.json"),
                JpClinsValidator.PATIENT_SUMMARY)))).isEmpty();
    }

    @Test
    void aReferralWithoutThePatientsInsuranceIdentifierDoesNot() throws IOException {
        Bundle referral = example("Bundle-Bundle-CLINS-Referral-Example-01.json");
        referral.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient).map(r -> (org.hl7.fhir.r4.model.Patient) r)
                .forEach(p -> p.getIdentifier().removeIf(i -> i.getSystem() != null && i.getSystem().contains("Insurance_memberID")));

        assertThat(describe(JpClinsValidator.errors(validator.validate(referral, JpClinsValidator.REFERRAL))))
                .anySatisfy(e -> assertThat(e).contains("Bundle.entry:patient"));
    }
}
