package org.jiqitong.supervision;

import java.util.List;

/** A calendar file that was not imported, with every bad row named ("第 3 行 kind 列:…"); nothing was stored. */
public class CalendarImportRefusedException extends SupervisionRefusedException {

    private final List<String> errors;

    public CalendarImportRefusedException(List<String> errors) {
        super("工作日历文件未导入,共 " + errors.size() + " 处错误:" + String.join(";", errors.subList(0, Math.min(5, errors.size())))
                + (errors.size() > 5 ? "……" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
