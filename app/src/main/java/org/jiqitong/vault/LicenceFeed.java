package org.jiqitong.vault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * E-licences in bulk, like the registry's feeds: a UTF-8 CSV with the header
 * {@code type,holder,number,issued_on,valid_until,body} (body: {@code 名称:值;名称:值}); each good row is issued in its
 * own transaction (a log entry each), each bad one is reported with its row, column and reason and issues nothing.
 */
@Service
public class LicenceFeed {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("type", "holder", "number", "issued_on", "valid_until", "body");
    private static final int MAX_ROWS = 100_000;

    /** One refused row. */
    public record RowError(long row, String column, String message) {
    }

    /** What a delivery did. */
    public record Result(int accepted, int rejected, List<RowError> errors) {
    }

    private final Licences licences;

    LicenceFeed(Licences licences) {
        this.licences = licences;
    }

    public Result deliver(InputStream csv, CurrentUser issuer) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null || !cells(header.replace("\uFEFF", "")).stream().map(String::strip).toList().equals(HEADER)) {
            throw new VaultRefusedException("header", "第1行应为表头 " + String.join(",", HEADER));
        }
        int accepted = 0;
        List<RowError> errors = new ArrayList<>();
        long row = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            if (row > MAX_ROWS + 1) {
                errors.add(new RowError(row, null, "一次最多 " + MAX_ROWS + " 行,其余未处理"));
                break;
            }
            List<String> c = cells(line);
            if (c.size() != HEADER.size()) {
                errors.add(new RowError(row, null, "应有 " + HEADER.size() + " 列,实有 " + c.size() + " 列"));
                continue;
            }
            try {
                licences.issue(new NewLicence(c.get(0).strip(), c.get(1).strip(), c.get(2).strip(),
                        date(c.get(3), "issued_on"), date(c.get(4), "valid_until"),
                        NewLicence.body(c.get(5), ";", "以分号分隔")), null, null, issuer);
                accepted++;
            } catch (VaultRefusedException e) {
                errors.add(new RowError(row, column(e.field()), e.getMessage()));
            }
        }
        return new Result(accepted, errors.size(), errors);
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "issuedOn" -> "issued_on";
            case "validUntil" -> "valid_until";
            default -> field;
        };
    }

    private static LocalDate date(String text, String column) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new VaultRefusedException(column, "“" + t + "”不是日期,应如 2026-12-31");
        }
    }

    /** The cells of one CSV line (RFC 4180 quoting; a field does not span lines). */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
