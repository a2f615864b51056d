package org.csx.gateway.documents;

import org.csx.gateway.validation.Csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * Reads the checklist files: comma-separated, first non-comment line a header naming the columns (any order),
 * {@code #} lines and blank lines ignored, double quotes around a field that holds a comma.
 */
final class ChecklistCsv {

    private ChecklistCsv() {
    }

    /** Columns: request_type, document_type, min_count, certified_count, condition, source, basis. */
    static List<Requirement> readRequirements(Reader reader, String name) {
        List<Requirement> result = new ArrayList<>();
        for (Row row : rows(reader, name)) {
            result.add(row.wrap(() -> requirement(row)));
        }
        return result;
    }

    private static Requirement requirement(Row row) {
        return new Requirement(
                RequestType.valueOf(row.get("request_type")),
                DocumentTypeCode.valueOf(row.get("document_type")),
                Integer.parseInt(row.get("min_count")),
                row.get("certified_count").isEmpty() ? 0 : Integer.parseInt(row.get("certified_count")),
                row.get("condition"),
                row.get("source"),
                Basis.valueOf(row.get("basis")));
    }

    private static List<Row> rows(Reader reader, String name) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> header = null;
        try (BufferedReader lines = new BufferedReader(reader)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, name, number);
                if (header == null) {
                    header = new HashMap<>();
                    for (int i = 0; i < fields.size(); i++) {
                        header.put(fields.get(i).toLowerCase(), i);
                    }
                } else {
                    rows.add(new Row(name, number, header, fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    private static List<String> split(String line, String name, int number) {
        try {
            return new ArrayList<>(Csv.split(line).stream().map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage());
        }
    }

    private record Row(String name, int number, Map<String, Integer> header, List<String> fields) {

        String get(String column) {
            Integer index = header.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return index < fields.size() ? fields.get(index) : "";
        }

        <T> T wrap(java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) { // NumberFormatException included
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
            }
        }
    }
}
