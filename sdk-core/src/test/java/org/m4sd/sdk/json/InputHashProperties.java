package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.internal.json.TreeInputHash;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Recruitment;

/**
 * The input hash, computed in one pass from the request's values, is the hash computed before through a JSON
 * tree ({@link TreeInputHash}), on every request: the same canonical bytes, the same hex.
 */
class InputHashProperties {
    private final M4sdJson json = M4sdJson.create();

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return CodecArbitraries.requests();
    }

    /** Any text, lone surrogates and control characters included, and numbers of any scale, even negative. */
    @Provide
    Arbitrary<EligibilityRequest> oddRequests() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        Arbitrary<BigDecimal> anyScale = Combinators.combine(Arbitraries.bigIntegers()
                                .between(BigInteger.ONE, BigInteger.TEN.pow(30)),
                        Arbitraries.integers().between(-120, 120))
                .as(BigDecimal::new);
        Arbitrary<List<BigDecimal>> rates = anyScale.list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(CodecArbitraries.requests(), anyText, rates)
                .as((request, id, values) -> {
                    Recruitment.Builder recruitment = Recruitment.builder("NPL", "QAT");
                    List<String> currencies = List.of("NPR", "QAR", "USD");
                    for (int i = 0; i < values.size(); i++) {
                        recruitment.exchangeRate(currencies.get(i), values.get(i));
                    }
                    return request.toBuilder().requestId(id).recruitment(recruitment.build()).build();
                });
    }

    /** The hash the committed example decisions carry is the hash of the committed example request. */
    @Example
    void theExampleDecisionsKeepTheirInputHash() throws IOException {
        Path examples = Schemas.repositoryRoot().resolve("docs/examples");
        EligibilityRequest request = json.readRequest(Files.readString(examples.resolve("ecu-pension-request.json")));
        String committed = json.readDecision(Files.readString(examples.resolve("ecu-pension-decision.json")))
                .inputSha256();
        assertThat(committed).isEqualTo("ba581e9a3ebbd634625aa7d13ae9a973bc9781a653d246fb2cba0921be20dafb");
        assertThat(json.inputSha256(request)).isEqualTo(committed).isEqualTo(TreeInputHash.sha256(request));
        assertThat(json.readDecisionSet(Files.readString(examples.resolve("ecu-pension-decisions.json"))).decisions())
                .isNotEmpty().allSatisfy(d -> assertThat(d.inputSha256()).isEqualTo(committed));
    }

    @Property
    void theOnePassHashIsTheTreeHash(@ForAll("requests") EligibilityRequest request) {
        assertThat(json.inputSha256(request)).isEqualTo(TreeInputHash.sha256(request));
    }

    /** Dates are written digit by digit for years of four digits, and as LocalDate spells them otherwise. */
    @Property
    void theOnePassHashIsTheTreeHashOnAnyYear(@ForAll("requests") EligibilityRequest request,
            @ForAll @IntRange(min = -10, max = 12_000) int year, @ForAll @IntRange(min = 1, max = 365) int day) {
        EligibilityRequest moved = request.toBuilder().asOf(LocalDate.ofYearDay(year, day)).build();
        assertThat(json.inputSha256(moved)).isEqualTo(TreeInputHash.sha256(moved));
    }

    @Property
    void theOnePassHashIsTheTreeHashOnAnyTextAndScale(@ForAll("oddRequests") EligibilityRequest request) {
        assertThat(json.inputSha256(request)).isEqualTo(TreeInputHash.sha256(request));
    }
}
