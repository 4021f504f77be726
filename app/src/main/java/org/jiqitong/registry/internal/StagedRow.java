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
    private final java.util.Map<String, String> raw;
    private final Object[] staged;
    private final List<ImportError> errors = new ArrayList<>(0);

    StagedRow(long rowNo, java.util.Map<String, String> raw, int stagedWidth) {
        this.rowNo = rowNo;
        this.raw = raw;
        this.staged = new Object[stagedWidth];
    }

    long rowNo() {
        return rowNo;
    }

    /** The trimmed value, or null when the cell is empty or the column absent. */
    String value(String column) {
        String v = raw.get(column);
        if (v == null) {
            return null;
        }
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
