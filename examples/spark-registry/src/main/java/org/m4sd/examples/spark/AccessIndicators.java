package org.m4sd.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Source;

/**
 * The results framework's access indicators, computed with Spark SQL from the decisions the job wrote, as the
 * SDK's reporter computes them from {@code DecisionMade} events (docs/RESULTS-FRAMEWORK.md), by country, reporting
 * period, sex and migratory status, with {@code _T} totals over each.
 *
 * <ul>
 *   <li>{@link #access}: a summary of the decisions themselves, nationals included: every decision counted by
 *       year of its as-of date, sector, and the cube of jurisdiction, sex and migratory status, with the share
 *       granting access. Its counts are decisions, not persons.</li>
 *   <li>{@link #indicatorValues}: the values of the framework's indicators whose source is
 *       {@code ACCESS_DECISIONS} or {@code DECISIONS_MADE}: the decisions in each indicator's population (for the
 *       illustrative framework, migrants only), counted once per person, country and period where the
 *       population counts persons, in the programme's countries and reporting periods (its calendar years cut to
 *       its duration).</li>
 *   <li>{@link #published}: those values under the framework's disclosure control, as the SDK publishes a report
 *       ({@code ResultsReport.protect()}): small counts of people withheld, with the cells that would give them
 *       away.</li>
 * </ul>
 */
final class AccessIndicators {
    static final String TOTAL = IndicatorValue.TOTAL;
    private static final String[] CUBE = {"jurisdiction", "sex", "migratoryStatus"};

    private AccessIndicators() {
    }

    /** Decisions and decisions granting access by year, sector, and every total over country, sex and status. */
    static Dataset<Row> access(Dataset<Row> decisions) {
        return totals(decisions.withColumn("year", year(col("asOf"))), "year")
                .withColumn("accessRate", round(col("granted").multiply(100.0).divide(col("decisions")), 2))
                .orderBy("year", "sector", "jurisdiction", "sex", "migratoryStatus");
    }

    /** The programme's reporting periods, as the SDK's reporter cuts them (its calendar years within its dates). */
    static List<Period> periods(Framework framework) {
        return ResultsReporter.create().report(framework, Collections.emptyIterator(), Collections.emptyIterator())
                .periods();
    }

    /**
     * The framework's indicators fed by decisions ({@code ACCESS_DECISIONS}, {@code DECISIONS_MADE}), as the SDK's
     * reporter gives them: the decisions in each indicator's population (determination, outcome and migratory
     * status in its sets), counted as decisions or, where the population counts persons, as distinct persons per
     * country and period, each placed by its latest decision (then the greatest status, then sex name).
     */
    static List<IndicatorValue> indicatorValues(Dataset<Row> decisions, Framework framework) {
        List<Indicator> counted = framework.indicators().stream()
                .filter(i -> i.source() == Source.ACCESS_DECISIONS || i.source() == Source.DECISIONS_MADE)
                .toList();
        if (counted.isEmpty()) {
            return List.of();
        }
        List<Period> periods = periods(framework);
        Column period = lit(null).cast(DataTypes.IntegerType);
        for (int p = periods.size() - 1; p >= 0; p--) {
            Column in = col("asOf").between(java.sql.Date.valueOf(periods.get(p).start()),
                    java.sql.Date.valueOf(periods.get(p).end()));
            period = when(in, lit(p)).otherwise(period);
        }
        Dataset<Row> inProgramme = decisions
                .where(col("jurisdiction").isin(framework.programme().countries().toArray()))
                .withColumn("period", period).where(col("period").isNotNull());
        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : counted) {
            for (Row cell : cube(counted(inProgramme, indicator.population().orElseThrow())).collectAsList()) {
                Period p = periods.get(cell.getInt(cell.fieldIndex("period")));
                Map<String, String> dims = new LinkedHashMap<>();
                boolean keep = true;
                for (String dim : List.of("sex", "migratoryStatus")) {
                    String v = cell.getString(cell.fieldIndex(dim));
                    if (indicator.dimensions().contains(dim)) {
                        dims.put(dim, v);
                    } else {
                        keep &= TOTAL.equals(v); // an indicator without the dimension has only its total
                    }
                }
                if (keep) {
                    values.add(new IndicatorValue(indicator.id(), cell.getString(cell.fieldIndex("jurisdiction")),
                            p, dims, cell.getLong(cell.fieldIndex("counted"))));
                }
            }
        }
        return values;
    }

    /** The values as the SDK publishes them: withheld under the framework's disclosure control. */
    static List<IndicatorValue> published(List<IndicatorValue> values, Framework framework) {
        return new ResultsReport(framework, periods(framework), values, List.of(), List.of(), List.of(), List.of(),
                List.of()).protect().values();
    }

    /** The population's decisions; where it counts persons, one row per person, country and period instead. */
    private static Dataset<Row> counted(Dataset<Row> decisions, Population population) {
        Dataset<Row> in = decisions
                .where(col("determination").isin(population.determinations().stream().map(Determination::id)
                        .toArray()))
                .where(col("outcome").isin(population.outcomes().stream().map(Enum::name).toArray()))
                .where(col("migratoryStatus").isin(population.migratoryStatuses().stream().map(Enum::name).toArray()));
        if (population.counts() == Population.Counting.DECISIONS) {
            return in.select("period", "jurisdiction", "sex", "migratoryStatus");
        }
        // struct order: the latest date, then the greatest status name, then sex name, as the SDK places a person
        return in.groupBy("period", "jurisdiction", "personKey")
                .agg(max(struct(col("asOf"), col("migratoryStatus"), col("sex"))).as("placed"))
                .select(col("period"), col("jurisdiction"), col("placed.sex").as("sex"),
                        col("placed.migratoryStatus").as("migratoryStatus"));
    }

    /** Counts by period and the cube of jurisdiction, sex and status, totals labelled {@code _T}. */
    private static Dataset<Row> cube(Dataset<Row> rows) {
        String view = "m4sd_counted_" + Long.toHexString(System.nanoTime());
        rows.createOrReplaceTempView(view);
        StringBuilder select = new StringBuilder("SELECT period");
        for (String c : CUBE) {
            select.append(", CASE WHEN grouping(").append(c).append(") = 1 THEN '").append(TOTAL).append("' ELSE ")
                    .append(c).append(" END AS ").append(c);
        }
        select.append(", count(*) AS counted FROM ").append(view).append(" GROUP BY period, CUBE(")
                .append(String.join(", ", CUBE)).append(")");
        return rows.sparkSession().sql(select.toString());
    }

    /**
     * The indicator values as a table: indicator, country, period start and end, sex, migratory status, value
     * (null when withheld) and {@code valueStatus} ({@code published} or {@code suppressed}).
     */
    static Dataset<Row> table(SparkSession spark, List<IndicatorValue> values) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("indicator", DataTypes.StringType, false),
                DataTypes.createStructField("country", DataTypes.StringType, false),
                DataTypes.createStructField("periodStart", DataTypes.StringType, false),
                DataTypes.createStructField("periodEnd", DataTypes.StringType, false),
                DataTypes.createStructField("sex", DataTypes.StringType, true),
                DataTypes.createStructField("migratoryStatus", DataTypes.StringType, true),
                DataTypes.createStructField("value", DataTypes.DoubleType, true),
                DataTypes.createStructField("valueStatus", DataTypes.StringType, false)));
        List<Row> rows = new ArrayList<>(values.size());
        for (IndicatorValue v : values) {
            rows.add(RowFactory.create(v.indicator(), v.country(), v.period().start().toString(),
                    v.period().end().toString(), v.dimensions().get("sex"), v.dimensions().get("migratoryStatus"),
                    v.suppressed() ? null : v.value(), v.suppressed() ? "suppressed" : "published"));
        }
        return spark.createDataFrame(rows, schema).orderBy("indicator", "country", "periodStart", "sex",
                "migratoryStatus");
    }

    /** Counts by {@code by}, sector and the cube of jurisdiction, sex and status, totals labelled {@code _T}. */
    private static Dataset<Row> totals(Dataset<Row> decisions, String by) {
        String view = "m4sd_decisions_" + Long.toHexString(System.nanoTime());
        decisions.createOrReplaceTempView(view);
        StringBuilder select = new StringBuilder("SELECT " + by + ", sector");
        for (String c : CUBE) {
            select.append(", CASE WHEN grouping(").append(c).append(") = 1 THEN '").append(TOTAL).append("' ELSE ")
                    .append(c).append(" END AS ").append(c);
        }
        select.append(", count(*) AS decisions, sum(CASE WHEN grantsAccess THEN 1 ELSE 0 END) AS granted FROM ")
                .append(view).append(" GROUP BY ").append(by).append(", sector, CUBE(")
                .append(String.join(", ", CUBE)).append(")");
        return decisions.sparkSession().sql(select.toString());
    }
}
