package org.jiqitong.shared;

/** A text the platform writes (a message's title or body) in Chinese and, where it has one, English. */
public record Bilingual(String zh, String en) {

    public static Bilingual zh(String zh) {
        return new Bilingual(zh, null);
    }
}
