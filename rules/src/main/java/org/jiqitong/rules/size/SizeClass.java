package org.jiqitong.rules.size;

/** 划型: the size class of an enterprise, or UNDETERMINED when a figure the class needs is missing. */
public enum SizeClass {
    LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型"), UNDETERMINED("无法判定");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
