package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.Determination;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code m4sd rules}: the rule packs, their determinations and every parameter in force on a date. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the rule packs (id, version, jurisdiction, SHA-256), the determinations",
                "they implement, and every parameter with the value in force on a date, its",
                "legal source and V/S/B status (V confirmed in an official text, S secondary",
                "source only, B believed, not confirmed)."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd rules", "  m4sd rules --as-of 2023-06-30 --pack ecu", "  m4sd rules --format json > packs.json"})
final class RulesCommand implements Callable<Integer> {
    enum OutputFormat { text, json }

    @Option(names = "--as-of", paramLabel = "DATE", description = "Show the parameter values in force on this date (default: today).")
    LocalDate asOf;

    @Option(names = "--pack", paramLabel = "ID", description = "Show only this pack's parameters (for example ecu).")
    String pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        RulePacks packs = RulePacks.load();
        if (pack != null && packs.packs().stream().noneMatch(p -> p.ref().id().equals(pack))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown pack '" + pack + "'; the packs are "
                    + packs.packs().stream().map(p -> p.ref().id()).toList());
        }
        List<RulePacks.ParameterInForce> parameters = packs.parameters(day).stream()
                .filter(p -> pack == null || p.packId().equals(pack)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(packs, parameters, day)));
        } else {
            text(out, packs, parameters, day);
        }
        out.flush();
        return M4sdCli.OK;
    }

    /** The packs, determinations and parameters as one JSON document. */
    static ObjectNode json(RulePacks packs, List<RulePacks.ParameterInForce> parameters, LocalDate day) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("asOf", day.toString());
        ArrayNode ps = root.putArray("packs");
        for (RulePacks.PackInfo p : packs.packs()) {
            ObjectNode n = ps.addObject().put("id", p.ref().id()).put("version", p.ref().version())
                    .put("sha256", p.ref().sha256());
            p.jurisdiction().ifPresentOrElse(j -> n.put("jurisdiction", j), () -> n.putNull("jurisdiction"));
            n.put("name", p.name()).put("description", p.description());
        }
        ArrayNode ds = root.putArray("determinations");
        for (Determination d : packs.determinations()) {
            ds.addObject().put("id", d.id()).put("kind", d.kind().name()).put("sector", d.sector().name())
                    .put("statusNeutral", d.statusNeutral());
        }
        ArrayNode params = root.putArray("parameters");
        ObjectMapper mapper = new ObjectMapper();
        for (RulePacks.ParameterInForce p : parameters) {
            ObjectNode n = params.addObject().put("pack", p.packId()).put("name", p.name()).put("unit", p.unit())
                    .put("description", p.description());
            try {
                n.set("value", mapper.readTree(p.value()));
            } catch (Exception e) {
                n.put("value", p.value());
            }
            n.put("validFrom", p.validFrom().toString());
            p.validTo().ifPresentOrElse(t -> n.put("validTo", t.toString()), () -> n.putNull("validTo"));
            ObjectNode source = n.putObject("source").put("instrument", p.source().instrument())
                    .put("article", p.source().article()).put("status", p.source().status().name());
            p.source().url().ifPresent(u -> source.put("url", u));
            p.note().ifPresent(note -> n.put("note", note));
        }
        return root;
    }

    private static void text(PrintWriter out, RulePacks packs, List<RulePacks.ParameterInForce> parameters,
            LocalDate day) {
        out.println("Rule packs");
        for (RulePacks.PackInfo p : packs.packs()) {
            out.printf("  %-14s %-8s %-4s sha256 %s  %s%n", p.ref().id(), p.ref().version(),
                    p.jurisdiction().orElse("-"), p.ref().sha256(), p.name());
        }
        out.println();
        out.println("Determinations implemented");
        for (Determination d : packs.determinations()) {
            out.printf("  %-38s %-11s %-15s%s%n", d.id(), d.kind().name().toLowerCase(java.util.Locale.ROOT),
                    d.sector().name().toLowerCase(java.util.Locale.ROOT), d.statusNeutral() ? " status-neutral" : "");
        }
        out.println();
        out.println("Parameters in force on " + day + (parameters.isEmpty() ? ": none" : ""));
        for (RulePacks.ParameterInForce p : parameters) {
            out.printf("  %-14s %s = %s %s%n", p.packId(), p.name(), p.value(), p.unit());
            out.printf("  %-14s   in force %s to %s; %s %s [%s]%s%n", "", p.validFrom(),
                    p.validTo().map(Object::toString).orElse("(open)"), p.source().instrument(),
                    p.source().article(), p.source().status(), p.source().url().map(u -> " " + u).orElse(""));
        }
    }
}
