package org.renkei.handoff;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The official JP-CLINS 1.5.2 and JP-Core 1.1.2 profiles (the unmodified packages in {@code src/main/resources/fhir},
 * CC BY-ND 4.0, JAMI) in HAPI FHIR's instance validator, offline. Building it reads some 2,000 definitions (a few
 * seconds, some hundred megabytes), so one is shared, softly held. HAPI 8.8.1 cannot handle two optional re-slices of
 * the packages (slice names with a {@code /}: {@code JP_Bundle_eReferral} {@code entry:observation/laboratory},
 * {@code JP_Observation_LabResult_eCS} {@code code.coding:coreLaboJLAC10/…}); they are dropped from the definitions in
 * memory after parsing.
 */
public final class JpClinsValidator {

    public static final String DISCHARGE = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary";
    public static final String REFERRAL = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral";
    public static final String PATIENT_SUMMARY = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_ePCS";

    private static final Logger log = LoggerFactory.getLogger(JpClinsValidator.class);
    private static final List<String> PACKAGES = List.of("fhir/jp-core.r4-1.1.2-url.tgz", "fhir/jp-clins.r4-1.5.2.tgz");
    /** Softly held: it takes a few hundred megabytes, and the garbage collector may take them back when the heap is short. */
    private static volatile SoftReference<@Nullable JpClinsValidator> shared = new SoftReference<>(null);

    private final FhirValidator validator;

    /** The instance of this process, built on first use (and again if memory was short since). */
    public static JpClinsValidator shared() {
        JpClinsValidator v = shared.get();
        if (v == null) {
            synchronized (JpClinsValidator.class) {
                v = shared.get();
                if (v == null) {
                    v = new JpClinsValidator(DischargeSummaryFhir.context());
                    shared = new SoftReference<>(v);
                }
            }
        }
        return v;
    }

    private JpClinsValidator(FhirContext ctx) {
        // the packages carry empty attribute values: the default lenient handler would log a warning for each
        IParser parser = ctx.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        PrePopulatedValidationSupport jp = new PrePopulatedValidationSupport(ctx);
        for (String tgz : PACKAGES) {
            NpmPackage pkg;
            try (InputStream in = new ClassPathResource(tgz).getInputStream()) {
                pkg = NpmPackage.fromPackage(in);
                NpmPackage.NpmPackageFolder folder = pkg.getFolders().get("package");
                for (String file : folder.listFiles()) {
                    if (!file.endsWith(".json") || file.equals("package.json") || file.startsWith(".")) {
                        continue;
                    }
                    IBaseResource r = parser.parseResource(new ByteArrayInputStream(folder.fetchFile(file)));
                    if (r instanceof StructureDefinition sd) {
                        dropReslices(sd);
                        jp.addStructureDefinition(sd);
                    } else if (r instanceof CodeSystem || r instanceof ValueSet) {
                        jp.addResource(r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + tgz, e);
            }
        }
        ValidationSupportChain chain = new ValidationSupportChain(jp, new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    /** Drops the re-slices (and the slicing that declares them) that HAPI 8.8.1's validator throws on. */
    static void dropReslices(StructureDefinition sd) {
        for (List<ElementDefinition> list : List.of(sd.getSnapshot().getElement(), sd.getDifferential().getElement())) {
            for (ElementDefinition e : list) {
                if (e.hasSliceName() && e.hasSlicing()
                        && list.stream().anyMatch(x -> x.getId() != null && x.getId().startsWith(e.getId() + "/"))) {
                    e.setSlicing(null);
                }
            }
            list.removeIf(e -> e.getId() != null && e.getId().matches(".*:[^.]*/.*"));
        }
    }

    /** Against the profiles the resource names in {@code meta.profile} (and base R4). */
    public ValidationResult validate(IBaseResource resource) {
        return validator.validateWithResult(resource);
    }

    /** Against {@code profile} as well, whatever the resource names itself. */
    public ValidationResult validate(IBaseResource resource, String profile) {
        return validator.validateWithResult(resource, new ValidationOptions().addProfile(profile));
    }

    /** The errors (and fatal errors) of a result. */
    public static List<SingleValidationMessage> errors(ValidationResult result) {
        return result.getMessages().stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    /** Where a message points, without the resource comments HAPI puts in it ({@code /*Composition/…*}{@code /}). */
    public static String location(SingleValidationMessage m) {
        return m.getLocationString() == null ? "" : m.getLocationString().replaceAll("/\\*[^*]*\\*/", "");
    }

    /**
     * Validates the Bundles in the files named (against {@code -Dprofile=…} too, when given) and prints every error:
     * {@code java -Dloader.main=org.renkei.handoff.JpClinsValidator -cp target/renkei-*.jar
     * org.springframework.boot.loader.launch.PropertiesLauncher demo.json}.
     */
    public static void main(String[] files) throws IOException {
        JpClinsValidator v = shared();
        String profile = System.getProperty("profile");
        for (String file : files) {
            IBaseResource r = DischargeSummaryFhir.context().newJsonParser().parseResource(Files.readString(Path.of(file)));
            List<SingleValidationMessage> errors = errors(profile == null ? v.validate(r) : v.validate(r, profile));
            log.info("{}: {} errors", file, errors.size());
            errors.forEach(m -> log.info("  {} @ {}: {}", m.getMessageId(), location(m), m.getMessage()));
        }
    }
}
