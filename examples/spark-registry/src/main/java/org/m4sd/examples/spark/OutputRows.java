package org.m4sd.examples.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The rows the evaluation writes, decisions and errors in one pass ({@link SplitOutput} then puts each kind in
 * its own directory). A decision row holds what the results framework counts (sector, outcome, whether it grants
 * access, sex, migratory status, the opaque person key: the SDK's {@link DecisionMade} of it), the rule pack and
 * hashes that make it replayable, its criteria and, unless left out, the decision's JSON. An error row names the
 * record by its index and a hash of its request id, never by a person's data.
 */
final class OutputRows implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String KIND = "kind";
    /** The column the results are partitioned by. */
    static final String DETERMINATION = "determination";
    /**
     * Columns whose values are one person's own (a record, its request, its input's hash, its person): as many
     * distinct values as people, which a Parquet dictionary cannot compress.
     */
    static final Set<String> PER_PERSON = Set.of(RegistrySchema.RECORD_INDEX, "requestId", "inputSha256", "personKey");
    static final String DECISIONS = "decisions";
    static final String ERRORS = "errors";

    static final StructType CRITERION = DataTypes.createStructType(List.of(
            field("id", false), field("result", false), field("reasonCode", false)));
    static final StructType ERROR = DataTypes.createStructType(List.of(
            field("requestIdSha256", true), field("stage", false), field("field", false), field("message", false)));
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(RegistrySchema.RECORD_INDEX, DataTypes.LongType, false),
            field("requestId", true),
            field("sector", true),
            field("outcome", true),
            DataTypes.createStructField("grantsAccess", DataTypes.BooleanType, true),
            field("sex", true),
            field("migratoryStatus", true),
            DataTypes.createStructField("asOf", DataTypes.DateType, true),
            field("rulePackId", true),
            field("rulePackVersion", true),
            field("rulePackSha256", true),
            field("inputSha256", true),
            DataTypes.createStructField("criteria", DataTypes.createArrayType(CRITERION, false), true),
            DataTypes.createStructField("missingFacts", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("notEncoded", DataTypes.createArrayType(DataTypes.StringType, false), true),
            field("decision", true),
            DataTypes.createStructField("error", ERROR, true),
            field(KIND, false),
            field("jurisdiction", true),
            field(DETERMINATION, true),
            field("personKey", true)));

    /** Where an error was found: reading the record, or deciding it (in a diff: in the first or second run). */
    enum Stage { READ, DECIDE, DECIDE_FROM, DECIDE_TO }

    private final boolean java8Dates;
    private final boolean decisionJson;

    /**
     * @param java8Dates   whether the session hands dates as {@code java.time.LocalDate} (its
     *                     {@code spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Date}
     * @param decisionJson whether to keep each decision's JSON
     */
    OutputRows(boolean java8Dates, boolean decisionJson) {
        this.java8Dates = java8Dates;
        this.decisionJson = decisionJson;
    }

    /**
     * Adds to {@code out} one row per decision on {@code request}, in order: what the framework counts of the
     * person (sex, migratory status, key) taken once for all of them.
     */
    void decisions(long recordIndex, EligibilityRequest request, List<Decision> decisions, M4sdJson json,
            List<Row> out) {
        DecisionMade person = null;
        for (Decision d : decisions) {
            // the person's key hashed once per request, not once per decision
            DecisionMade made = person == null ? DecisionMade.of(request, d) : new DecisionMade(person.country(),
                    d.asOf(), d.determination(), d.outcome(), person.sex(), person.migratoryStatus(),
                    person.personKey());
            person = made;
            out.add(decision(recordIndex, request.jurisdiction(), made, d, json));
        }
    }

    private Row decision(long recordIndex, String jurisdiction, DecisionMade made, Decision d, M4sdJson json) {
        List<Row> criteria = new ArrayList<>(d.criteria().size());
        for (Criterion c : d.criteria()) {
            criteria.add(RowFactory.create(c.id(), c.result().name(), c.reasonCode()));
        }
        return RowFactory.create(recordIndex, d.requestId(), d.determination().sector().name(), d.outcome().name(),
                made.grantsAccess(), made.sex().name(), made.migratoryStatus().name(), date(d.asOf()),
                d.rulePack().id(), d.rulePack().version(), d.rulePack().sha256(), d.inputSha256(), seq(criteria),
                seq(d.missingFacts()), seq(d.notEncoded()), decisionJson ? json.writeDecision(d) : null, null, DECISIONS,
                jurisdiction, d.determination().id(), made.personKey());
    }

    Row error(long recordIndex, String requestId, Stage stage, FieldError e) {
        return RowFactory.create(recordIndex, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, errorStruct(requestId, stage, e), ERRORS, null, null, null);
    }

    /** The {@code error} column's value. */
    static Row errorStruct(String requestId, Stage stage, FieldError e) {
        return RowFactory.create(requestId == null ? null : sha256(requestId), stage.name(), e.path(), e.message());
    }

    private Object date(LocalDate d) {
        return java8Dates ? d : java.sql.Date.valueOf(d);
    }

    /** A list as the Scala sequence Spark's row encoder takes for an array column. */
    static scala.collection.Seq<?> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    /** SHA-256 of a request id, hex: joins an error to the record without carrying the id itself. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StructField field(String name, boolean nullable) {
        return DataTypes.createStructField(name, DataTypes.StringType, nullable);
    }
}
