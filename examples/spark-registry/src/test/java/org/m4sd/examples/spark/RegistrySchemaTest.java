package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The registry's columns are the request contract's properties, typed from its JSON Schema. */
class RegistrySchemaTest {
    @Test
    void topLevelColumnsAreRecordIndexThenTheRequestsProperties() {
        assertThat(RegistrySchema.registry().fieldNames()).containsExactly("recordIndex", "requestId", "asOf",
                "jurisdiction", "locale", "determinations", "person", "recruitment", "qualification",
                "healthProfessional");
        assertThat(RegistrySchema.registry().apply("recordIndex").nullable()).isFalse();
    }

    @Test
    void nestedFactsAreStructsListsDatesCountsAndAmounts() {
        StructType person = (StructType) RegistrySchema.request().apply("person").dataType();
        assertThat(person.apply("birthDate").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(person.apply("residenceMonths").dataType()).isEqualTo(DataTypes.IntegerType);
        StructType period = (StructType) ((ArrayType) person.apply("contributionPeriods").dataType()).elementType();
        assertThat(period.fieldNames()).containsExactly("country", "from", "to", "units", "unit");
        StructType recruitment = (StructType) RegistrySchema.request().apply("recruitment").dataType();
        assertThat(((MapType) recruitment.apply("exchangeRates").dataType()).valueType())
                .isEqualTo(RegistrySchema.AMOUNT);
        StructType earnings = (StructType) recruitment.apply("firstMonthEarnings").dataType();
        assertThat(earnings.apply("amount").dataType()).isEqualTo(RegistrySchema.AMOUNT);
        assertThat(RegistrySchema.request().apply("determinations").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, true));
    }
}
