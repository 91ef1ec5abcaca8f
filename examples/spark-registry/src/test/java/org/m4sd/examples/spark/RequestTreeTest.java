package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A decimal cell becomes the node a parser reads from the text the row's JSON used to hold. */
class RequestTreeTest {
    /** The SDK's parser settings: decimals kept as written. */
    private static final ObjectMapper PARSER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"0", "0E-12", "0.000000000000", "-0.000000000000", "100.000000000000", "1E+3",
            "12.500000000000", "-12.5", "0.000000000001", "2147483647.000000000000", "2147483648",
            "-2147483649.000000000000", "9223372036854775807", "9223372036854775808.000000000000",
            "12345678901234567890123456.123456789012"})
    void aDecimalCellIsTheNodeOfItsPlainTextWithoutTrailingZeros(String cell) throws Exception {
        BigDecimal value = new BigDecimal(cell);
        String text = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        JsonNode parsed = PARSER.readTree(text);
        JsonNode built = RequestTree.number(value);
        assertThat(built.getClass()).isEqualTo(parsed.getClass());
        assertThat(built).isEqualTo(parsed);
        assertThat(built.decimalValue()).isEqualTo(parsed.decimalValue());
    }
}
