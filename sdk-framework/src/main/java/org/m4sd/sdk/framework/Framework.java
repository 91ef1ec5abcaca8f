package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A programme's results framework: outcomes, outputs and their indicators, with baselines and targets.
 *
 * <p>Load one from JSON with {@link #fromJson(InputStream)}; {@link #illustrative()} is the example framework
 * built from the M4SD brief (its {@link Programme#illustrative()} flag is set: its figures are examples except
 * where its note says otherwise). Every framework is validated when built: ids are unique, references resolve,
 * target periods lie inside the programme, values fit their measure.
 *
 * <pre>{@code
 * Framework framework = Framework.fromJson(Files.newInputStream(path));
 * ResultsReport report = ResultsReporter.create().report(framework, observations, events);
 * }</pre>
 *
 * @param programme  programme metadata
 * @param outcomes   the outcomes
 * @param outputs    the outputs, each under an outcome
 * @param indicators the indicators, each measuring an outcome or an output
 * @param disclosureControl the disclosure control applied to every report published on this framework
 * @param progressThresholds the thresholds of the progress categories the framework declares, if any; without
 *                   them the Open SDG methodology's apply ({@link ProgressThresholds#OPEN_SDG})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Framework(Programme programme, List<ProgrammeOutcome> outcomes, List<ProgrammeOutput> outputs,
        List<Indicator> indicators, DisclosureControl disclosureControl,
        Optional<ProgressThresholds> progressThresholds) {

    private static final String ILLUSTRATIVE = "/org/m4sd/sdk/framework/m4sd-illustrative.json";

    /**
     * Validates the whole framework.
     *
     * @throws InvalidFrameworkException naming every element at fault
     */
    public Framework {
        Checks.required(programme, "programme");
        outcomes = Checks.list(outcomes, "outcomes");
        outputs = Checks.list(outputs, "outputs");
        indicators = Checks.list(indicators, "indicators");
        Checks.required(disclosureControl, "disclosureControl");
        Checks.optional(progressThresholds, "progressThresholds");
        FrameworkValidator.validate(programme, outcomes, outputs, indicators, disclosureControl);
    }

    /** A framework with the default disclosure control and the Open SDG progress thresholds. */
    public Framework(Programme programme, List<ProgrammeOutcome> outcomes, List<ProgrammeOutput> outputs,
            List<Indicator> indicators) {
        this(programme, outcomes, outputs, indicators, DisclosureControl.DEFAULT, Optional.empty());
    }

    /** A framework with this disclosure control and the Open SDG progress thresholds. */
    public Framework(Programme programme, List<ProgrammeOutcome> outcomes, List<ProgrammeOutput> outputs,
            List<Indicator> indicators, DisclosureControl disclosureControl) {
        this(programme, outcomes, outputs, indicators, disclosureControl, Optional.empty());
    }

    /** A framework with the default disclosure control and these progress thresholds, if any. */
    public Framework(Programme programme, List<ProgrammeOutcome> outcomes, List<ProgrammeOutput> outputs,
            List<Indicator> indicators, Optional<ProgressThresholds> progressThresholds) {
        this(programme, outcomes, outputs, indicators, DisclosureControl.DEFAULT, progressThresholds);
    }

    /** This framework with another disclosure control, for example a threshold set for one publication. */
    public Framework withDisclosureControl(DisclosureControl control) {
        return new Framework(programme, outcomes, outputs, indicators, control, progressThresholds);
    }

    /** The thresholds the progress categories are computed with: the declared ones, else the Open SDG ones. */
    public ProgressThresholds thresholds() {
        return progressThresholds.orElse(ProgressThresholds.OPEN_SDG);
    }

    /** The indicator with this id, if any. */
    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Reads a framework from JSON (UTF-8).
     *
     * @throws InvalidFrameworkException naming every element at fault by its JSON path
     */
    public static Framework fromJson(InputStream json) {
        return Providers.services().readFramework(Checks.required(json, "json"));
    }

    /** Reads a framework from a JSON file. */
    public static Framework fromJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The illustrative M4SD framework shipped with the SDK. */
    public static Framework illustrative() {
        try (InputStream in = Framework.class.getResourceAsStream(ILLUSTRATIVE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ILLUSTRATIVE);
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads observations lazily from a JSON array or from JSON lines, checking each against this framework.
     *
     * @throws InvalidFrameworkException when pulled, for an observation naming an unknown indicator or a value that
     *                                   does not fit the indicator's measure; the error names the element
     *                                   ({@code $[12].indicator})
     */
    public Iterator<Observation> observationsFromJson(InputStream json) {
        return Providers.services().readObservations(this, Checks.required(json, "json"));
    }
}
