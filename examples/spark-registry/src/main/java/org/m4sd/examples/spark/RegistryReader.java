package org.m4sd.examples.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * Registry rows as batch entries: each row's request built as a tree ({@link RequestTree}, no JSON text) and
 * read and checked by the SDK ({@link JsonlReader#readTree}: the checks, paths and messages the CLI and the HTTP
 * service apply to a line), numbered by its {@code recordIndex}. A row the SDK rejects becomes a rejected entry
 * with every problem and its path; it is never dropped. Not thread-safe: one per task.
 */
final class RegistryReader {
    private final RequestTree requests = new RequestTree();
    private final M4sdJson json = M4sdJson.create();

    List<JsonlReader.Entry> entries(List<Row> rows) {
        List<JsonlReader.Entry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            entries.add(entry(row));
        }
        return entries;
    }

    private JsonlReader.Entry entry(Row row) {
        long index = row.getLong(row.fieldIndex(RegistrySchema.RECORD_INDEX));
        try {
            // the checks of a batch line, as the CLI and the HTTP service read one, on the row's tree
            JsonlReader.Entry entry = JsonlReader.readTree(index, requests.toTree(row, RegistrySchema.request()), json);
            return entry instanceof JsonlReader.Entry.Rejected r ? rejected(index, row, r.result().errors()) : entry;
        } catch (RuntimeException e) {
            return rejected(index, row, List.of(FieldError.of("$", "the record could not be read: " + e)));
        }
    }

    private static JsonlReader.Entry rejected(long index, Row row, List<FieldError> errors) {
        int id = row.fieldIndex("requestId");
        Optional<String> requestId = row.isNullAt(id) ? Optional.empty() : Optional.of(row.getString(id));
        return new JsonlReader.Entry.Rejected(new RecordResult.Rejected(index, requestId, errors));
    }
}
