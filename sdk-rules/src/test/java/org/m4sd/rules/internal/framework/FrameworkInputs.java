package org.m4sd.rules.internal.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Level;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.PolicyType;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.Sdg1072Answer;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Random observations and events over the illustrative framework, valid and invalid alike. Bangladesh, among them,
 * is a programme country whose baselines {@link #framework()} leaves out.
 */
final class FrameworkInputs {
    static final String[] COUNTRIES = {"ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "BGD", "FRA"};
    static final String[] OBSERVED = {"SOC-2", "HEA-4", "EMP-5", "EMP-6", "GOV-2", "GLO-1", "NOPE-1", "HEA-1"};

    /**
     * The illustrative framework without Bangladesh's baselines and targets: a programme country without them,
     * whose actuals give the actual-has-baseline finding.
     */
    static Framework framework() {
        try (InputStream in = Framework.class.getResourceAsStream("/org/m4sd/sdk/framework/m4sd-illustrative.json")) {
            ObjectMapper json = new ObjectMapper();
            JsonNode tree = json.readTree(in);
            for (JsonNode indicator : tree.get("indicators")) {
                for (String list : List.of("baselines", "targets")) {
                    ArrayNode entries = (ArrayNode) indicator.get(list);
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        if (entries.get(i).get("country").asText().equals("BGD")) {
                            entries.remove(i);
                        }
                    }
                }
            }
            return Framework.fromJson(new ByteArrayInputStream(json.writeValueAsBytes(tree)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final List<Observation> observations = new ArrayList<>();
    final List<ProgrammeEvent> events = new ArrayList<>();

    FrameworkInputs(long seed, int size) {
        Random r = new Random(seed);
        for (int i = 0; i < size; i++) {
            String id = OBSERVED[r.nextInt(OBSERVED.length)];
            Map<String, String> dims = new HashMap<>();
            if ((id.equals("SOC-2") || id.startsWith("EMP")) && r.nextBoolean()) {
                dims.put("sex", r.nextBoolean() ? "F" : "M");
            }
            if (r.nextInt(20) == 0) {
                dims.put("age", "15-24");
            }
            double value = id.equals("SOC-2") ? r.nextInt(120) : r.nextInt(50) - (r.nextInt(15) == 0 ? 60 : 0);
            if (id.equals("HEA-4")) {
                value = r.nextInt(400) / 10.0;
            }
            observations.add(new Observation(id, country(r), Period.ofYear(2018 + r.nextInt(7)), value, dims));
        }
        Determination[] ds = Determination.values();
        Outcome[] os = {Outcome.ELIGIBLE, Outcome.CONDITIONAL, Outcome.INELIGIBLE, Outcome.UNDETERMINED};
        for (int i = 0; i < size * 3; i++) {
            events.add(new ProgrammeEvent.DecisionMade(country(r), date(r), ds[r.nextInt(ds.length)],
                    os[r.nextInt(os.length)], Sex.values()[r.nextInt(3)],
                    MigratoryStatus.values()[r.nextInt(MigratoryStatus.values().length)], "person-" + r.nextInt(size)));
        }
        for (int i = 0; i < size / 2 + 1; i++) {
            events.add(new ProgrammeEvent.PolicyAdopted(country(r), date(r), PolicyType.values()[r.nextInt(4)],
                    Level.values()[r.nextInt(3)], r.nextBoolean() ? Optional.empty()
                            : Optional.of(Determination.Sector.values()[r.nextInt(4)]), "instrument " + i));
            events.add(new ProgrammeEvent.OfficialsTrained(country(r), date(r), r.nextInt(40), Level.values()[r.nextInt(3)],
                    Sex.values()[r.nextInt(3)]));
        }
        for (int i = 0; i < size / 2 + 2; i++) {
            LocalDate survey = LocalDate.of(2020 + r.nextInt(4), 1 + r.nextInt(9), 1 + r.nextInt(28));
            events.add(new ProgrammeEvent.RecruitmentCost(r.nextBoolean() ? "NPL" : "SEN",
                    r.nextBoolean() ? "QAT" : "MYS", survey, survey.minusDays(r.nextInt(1500) - 30), r.nextInt(3000),
                    100 + r.nextInt(900), Sex.values()[r.nextInt(3)],
                    r.nextBoolean() ? Optional.empty() : Optional.of(r.nextBoolean() ? "Y25T34" : "Y35T44"),
                    r.nextBoolean() ? Optional.empty() : Optional.of("ISCED11_" + r.nextInt(4)),
                    r.nextInt(6) == 0 ? java.util.Set.of("INR") : java.util.Set.of()));
            // services repeat so that a service is priced more than once in a quarter, and margins go below 0
            events.add(new ProgrammeEvent.RemittancePrice(r.nextBoolean() ? "ESP" : "FRA",
                    r.nextBoolean() ? "MAR" : "SEN", date(r), "s" + r.nextInt(6), r.nextInt(25),
                    r.nextInt(50) / 10.0 - 1, r.nextInt(8), r.nextInt(5) != 0, r.nextInt(6) != 0));
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Sdg1072Answer> answers = new HashMap<>();
            for (String item : Formulas.sdg1072Items()) {
                int code = r.nextInt(4);
                boolean d1 = item.startsWith("1");
                Sdg1072Answer a = switch (code) {
                    case 1 -> Sdg1072Answer.NO;
                    case 2 -> d1 ? Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS : Sdg1072Answer.YES;
                    case 3 -> d1 ? Sdg1072Answer.YES_REGARDLESS_OF_STATUS : Sdg1072Answer.YES;
                    default -> null;
                };
                if (a != null) {
                    answers.put(item, a);
                }
            }
            events.add(new ProgrammeEvent.Sdg1072Questionnaire(r.nextBoolean() ? "SEN" : "TUN",
                    LocalDate.of(2021 + r.nextInt(2), 1 + r.nextInt(12), 1), answers));
        }
    }

    private static String country(Random r) {
        return COUNTRIES[r.nextInt(COUNTRIES.length)];
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2019 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }
}
