package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Recruitment;

/**
 * A JSONL batch far larger than the heap streams through: about 200 MB of requests, generated as they are
 * read, run under {@code -Xmx64m} (failsafe's argLine) to an output that only counts what it is given.
 */
class JsonlBatchLowMemoryIT {
    private static final long TARGET_BYTES = 200L * 1024 * 1024;
    private static final long HEAP_LIMIT = 64L * 1024 * 1024;

    @Test
    void twoHundredMegabytesStreamThroughA64MegabyteHeap() throws Exception {
        // without the small heap this test would prove nothing about memory
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(HEAP_LIMIT);

        GeneratedRequests in = new GeneratedRequests(template(), TARGET_BYTES);
        CountingOutputStream counted = new CountingOutputStream();
        TrivialEngine engine = TrivialEngine.withBatchSize(256);

        JsonlBatch.Summary summary;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                Writer writer = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)) {
            summary = JsonlBatch.run(engine, reader, writer);
        }

        assertThat(in.bytes).isGreaterThanOrEqualTo(TARGET_BYTES);
        assertThat(summary.lines()).isEqualTo(in.lines);
        assertThat(counted.lineBreaks).isEqualTo(in.lines);
        assertThat(summary.rejected()).isZero();
        assertThat(summary.decided()).isEqualTo(in.lines);
        assertThat(summary.count(Determination.EMPLOYMENT_FAIR_RECRUITMENT,
                org.m4sd.sdk.decision.Outcome.UNDETERMINED)).isEqualTo(in.lines);
        assertThat(engine.chunkSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(256));
    }

    /** One realistic line; every generated line differs only in its request id. */
    private static String template() {
        Person person = Person.builder("pseudonymous-91bc").birthDate(LocalDate.of(1990, 3, 1))
                .nationality("NPL").migratoryStatus(MigratoryStatus.NATIONAL).presentInTerritory(false)
                .addContributionPeriod(ContributionPeriod.of("QAT", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)))
                .build();
        Recruitment recruitment = Recruitment.builder("NPL", "QAT").occupation("construction")
                .firstJobStart(LocalDate.of(2022, 5, 1))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR"))
                .addCost(CostItem.of(CostType.MEDICAL, 4_500, "NPR"))
                .addCost(CostItem.of(CostType.AIR_TICKET, 65_000, "NPR"))
                .firstMonthEarnings(Money.of(1300, "QAR")).monthlyBasicSalary(Money.of(1000, "QAR"))
                .exchangeRate("NPR", new java.math.BigDecimal("0.0274")).build();
        EligibilityRequest r = EligibilityRequest.builder("ID", LocalDate.of(2023, 1, 15), "NPL", person)
                .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).recruitment(recruitment).build();
        return M4sdJson.create().writeRequest(r);
    }

    /** Serves request lines until {@code target} bytes have been served; nothing is held but the current line. */
    private static final class GeneratedRequests extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long target;
        private byte[] line = new byte[0];
        private int pos;
        long lines;
        long bytes;

        GeneratedRequests(String template, long target) {
            int cut = template.indexOf("\"ID\"");
            this.head = template.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8);
            this.tail = (template.substring(cut + 3) + "\n").getBytes(StandardCharsets.UTF_8);
            this.target = target;
        }

        private boolean nextLine() {
            if (bytes >= target) {
                return false;
            }
            byte[] id = ("req-" + (lines + 1)).getBytes(StandardCharsets.UTF_8);
            line = new byte[head.length + id.length + tail.length];
            System.arraycopy(head, 0, line, 0, head.length);
            System.arraycopy(id, 0, line, head.length, id.length);
            System.arraycopy(tail, 0, line, head.length + id.length, tail.length);
            pos = 0;
            lines++;
            bytes += line.length;
            return true;
        }

        @Override
        public int read() {
            if (pos == line.length && !nextLine()) {
                return -1;
            }
            return line[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                if (pos == line.length && !nextLine()) {
                    break;
                }
                int k = Math.min(len - n, line.length - pos);
                System.arraycopy(line, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 ? -1 : n;
        }
    }

    /** Counts bytes and line breaks, keeps nothing. */
    private static final class CountingOutputStream extends OutputStream {
        long bytes;
        long lineBreaks;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lineBreaks++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lineBreaks++;
                }
            }
        }
    }
}
