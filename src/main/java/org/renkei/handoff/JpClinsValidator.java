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
import java.util.regex.Pattern;
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

    /** An error the JP-CLINS 1.5.2 package itself causes: its message id, location and message, all three matched. */
    public record KnownDefect(String id, Pattern location, Pattern message) {
        public boolean matches(SingleValidationMessage m) {
            return id.equals(m.getMessageId()) && location.matcher(JpClinsValidator.location(m)).matches()
                    && message.matcher(m.getMessage()).matches();
        }
    }

    private static final String SECTION = "Bundle\\.entry\\[0\\]\\.resource\\.section\\[0\\]\\.section\\[\\d+\\]\\.code";

    /**
     * The package's own defects that every conforming 退院時サマリー meets, one by one: (1) its section ValueSet leaves out
     * the discharge (DIS) codes its own profile fixes; (2) the codes 362 (現病歴) and 372 (既往歴) the profile fixes are
     * not in the CodeSystem (it has 360 and 370); (3) so the Composition matches no {@code Bundle.entry:composition}
     * slice. Nothing else passes for them.
     */
    public static final List<KnownDefect> DISCHARGE_SUMMARY_DEFECTS = List.of(
            new KnownDefect("Terminology_TX_NoValid_12", Pattern.compile(SECTION + "\\.coding\\[0\\]"), Pattern.compile(
                    ".*document-section#(312|322|324|333|342|344|352|424|432|444|612|614|623|713|362|372)\\).*"
                            + "eDischargeSummary/ValueSet/document-section.*")),
            new KnownDefect("Terminology_PassThrough_TX_Message", Pattern.compile(SECTION + "(\\.coding\\[0\\])?"),
                    Pattern.compile("Unknown code 'http://jpfhir\\.jp/fhir/clins/CodeSystem/document-section#(362|372)'.*")),
            new KnownDefect("Validation_VAL_Profile_Minimum_SLICE", Pattern.compile("Bundle"),
                    Pattern.compile("Slice 'Bundle\\.entry:composition': a matching slice is required, but not found.*")));

    /** The errors no known defect explains. */
    public static List<SingleValidationMessage> unexplained(List<SingleValidationMessage> errors) {
        return errors.stream().filter(m -> DISCHARGE_SUMMARY_DEFECTS.stream().noneMatch(k -> k.matches(m))).toList();
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
     * Validates the Bundles in the files named (against {@code -Dprofile=…} too, when given) and prints every error, the
     * package's known defects marked as such:
     * {@code java -Dloader.main=org.renkei.handoff.JpClinsValidator -cp target/renkei-*.jar
     * org.springframework.boot.loader.launch.PropertiesLauncher demo.json}.
     */
    public static void main(String[] files) throws IOException {
        JpClinsValidator v = shared();
        String profile = System.getProperty("profile");
        for (String file : files) {
            IBaseResource r = DischargeSummaryFhir.context().newJsonParser().parseResource(Files.readString(Path.of(file)));
            List<SingleValidationMessage> errors = errors(profile == null ? v.validate(r) : v.validate(r, profile));
            List<SingleValidationMessage> unexplained = unexplained(errors);
            log.info("{}: {} errors, {} of them the package's known defects, {} unexplained", file, errors.size(),
                    errors.size() - unexplained.size(), unexplained.size());
            errors.forEach(m -> log.info("  {}{} @ {}: {}", unexplained.contains(m) ? "" : "(known) ", m.getMessageId(),
                    location(m), m.getMessage()));
        }
    }
}
