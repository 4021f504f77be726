package org.jiqitong.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiqitong.supervision.CalendarDay;
import org.jiqitong.supervision.CalendarImportRefusedException;
import org.jiqitong.supervision.WorkingCalendar;

/**
 * Reads the State Council's holiday notice typed up as CSV: a header {@code date,kind,name} (or 日期,类型,名称),
 * then one line per day that differs from the weekday rule — {@code 2027-02-06,HOLIDAY,春节} or
 * {@code 2027-02-14,调休上班,春节调休上班}. Kinds: HOLIDAY / 放假 / 休, WORKDAY / 调休上班 / 上班 / 班. All or
 * nothing: any bad row refuses the whole file, each bad row named.
 */
public final class CalendarCsv {

    /** More than a few years of notices in one file is a mistake, not a calendar. */
    static final int MAX_ROWS = 400;
    static final int MAX_BYTES = 64 * 1024;

    private static final Map<String, WorkingCalendar.Kind> KINDS = Map.of("HOLIDAY", WorkingCalendar.Kind.HOLIDAY,
            "放假", WorkingCalendar.Kind.HOLIDAY, "休", WorkingCalendar.Kind.HOLIDAY,
            "WORKDAY", WorkingCalendar.Kind.WORKDAY, "调休上班", WorkingCalendar.Kind.WORKDAY,
            "上班", WorkingCalendar.Kind.WORKDAY, "班", WorkingCalendar.Kind.WORKDAY);

    private CalendarCsv() {
    }

    public static List<CalendarDay> read(InputStream in, String by) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new CalendarImportRefusedException(List.of("文件超过 64 KB,不像一份节假日安排"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CalendarImportRefusedException(List.of("文件不是 UTF-8 编码(可能是 GBK),请另存为 UTF-8 后再导入"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<String> errors = new ArrayList<>();
        if (lines.length == 0 || !header(lines[0])) {
            throw new CalendarImportRefusedException(List.of("第 1 行应为表头 date,kind,name(或 日期,类型,名称)"));
        }
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int row = i + 1;
            String[] f = line.split(",", -1);
            if (f.length != 3) {
                errors.add("第 " + row + " 行应有 3 列(日期、类型、名称),实有 " + f.length + " 列");
                continue;
            }
            CalendarDay day = row(row, f[0].strip(), f[1].strip(), f[2].strip(), by, errors);
            if (day != null && !seen.add(day.day())) {
                errors.add("第 " + row + " 行 date 列:" + day.day() + " 在文件中重复出现");
            } else if (day != null) {
                days.add(day);
            }
        }
        if (days.size() + errors.size() > MAX_ROWS) {
            errors.add(0, "文件超过 " + MAX_ROWS + " 行");
        }
        if (days.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有日期行");
        }
        if (!errors.isEmpty()) {
            throw new CalendarImportRefusedException(errors);
        }
        return days;
    }

    private static boolean header(String line) {
        String h = line.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return h.equals("date,kind,name") || h.equals("日期,类型,名称");
    }

    private static CalendarDay row(int row, String date, String kindText, String name, String by, List<String> errors) {
        LocalDate day = null;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.add("第 " + row + " 行 date 列:“" + shorten(date) + "”不是日期,应如 2027-10-01");
        }
        WorkingCalendar.Kind kind = KINDS.get(kindText.toUpperCase(Locale.ROOT));
        if (kind == null) {
            errors.add("第 " + row + " 行 kind 列:“" + shorten(kindText) + "”不是可用的类型;可用:放假(HOLIDAY)、调休上班(WORKDAY)");
        }
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add("第 " + row + " 行 name 列:请填写节假日或调休的名称(1至100字,不含控制字符)");
        }
        if (day != null && kind == WorkingCalendar.Kind.WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            errors.add("第 " + row + " 行:" + day + " 是工作日(" + day.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.SHORT, Locale.CHINA) + "),调休上班日只能是周六或周日");
        }
        return day == null || kind == null || name.isEmpty() || name.length() > 100 ? null
                : new CalendarDay(day, kind, name, by);
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
