package org.jiqitong.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiqitong.registry.ImportError;

/**
 * One data row being read: its number (header = row 1), its raw values by column, the values to stage,
 * and the errors found. A row with any error is not staged.
 */
final class StagedRow {
    private final long rowNo;
    private final java.util.Map<String, Integer> columns;
    private final String[] raw;
    private final Object[] staged;
    private List<ImportError> errors = List.of();

    StagedRow(long rowNo, java.util.Map<String, Integer> columns, String[] raw, int stagedWidth) {
        this.rowNo = rowNo;
        this.columns = columns;
        this.raw = raw;
        this.staged = new Object[stagedWidth];
    }

    long rowNo() {
        return rowNo;
    }

    /** The trimmed value, or null when the cell is empty or the column absent. */
    String value(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= raw.length) {
            return null;
        }
        String v = raw[index];
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    void put(int index, Object value) {
        staged[index] = value;
    }

    Object[] staged() {
        return staged;
    }

    void error(String column, String message) {
        if (errors.isEmpty()) {
            errors = new ArrayList<>(2);
        }
        errors.add(new ImportError(rowNo, column, message));
    }

    List<ImportError> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Runs one field's parsing, turning a failure into an error on that column. */
    void field(String column, Runnable parse) {
        try {
            parse.run();
        } catch (Fields.FieldException e) {
            error(column, e.getMessage());
        }
    }

    String required(String column, String label) {
        String v = value(column);
        if (v == null) {
            error(column, label + "为必填项");
        }
        return v;
    }
}
