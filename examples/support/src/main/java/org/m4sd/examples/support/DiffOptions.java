package org.m4sd.examples.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What a diff compares: two as-of dates, two rule-pack jars, or both. A picocli mixin shared by every diff
 * command ({@code m4sd diff} and {@code m4sd-registry diff}), so they take the same options with the same words.
 */
public final class DiffOptions {
    /** As-of date of the first run, or null for each case's own. */
    @Option(names = "--from-date", paramLabel = "DATE", description = "As-of date of the first run (default: each case's own).")
    public LocalDate fromDate;

    /** As-of date of the second run, or null for each case's own. */
    @Option(names = "--to-date", paramLabel = "DATE", description = "As-of date of the second run (default: each case's own).")
    public LocalDate toDate;

    /** sdk-rules jar of the first run, or null for the built-in packs. */
    @Option(names = "--from-pack", paramLabel = "JAR", description = "sdk-rules jar for the first run (default: built in).")
    public Path fromPack;

    /** sdk-rules jar of the second run, or null for the built-in packs. */
    @Option(names = "--to-pack", paramLabel = "JAR", description = "sdk-rules jar for the second run (default: built in).")
    public Path toPack;

    /** Whether to list criteria-only changes too. */
    @Option(names = "--all", description = "Also list decisions whose outcome stayed the same but whose criteria changed.")
    public boolean all;

    /**
     * Refuses a diff that names nothing to compare (a usage error of {@code commandLine}) or a jar that cannot be
     * read (an {@link IllegalArgumentException}).
     */
    public void check(CommandLine commandLine) {
        if (fromDate == null && toDate == null && fromPack == null && toPack == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "name what to compare: --from-date and --to-date, or --from-pack and --to-pack");
        }
        for (Path jar : new Path[] {fromPack, toPack}) {
            if (jar != null && !Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("cannot read rule-pack jar " + jar);
            }
        }
    }
}
