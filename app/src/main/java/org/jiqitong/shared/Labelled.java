package org.jiqitong.shared;

/** A code with its Chinese and English names; the UI shows the one of the reader's language. */
public interface Labelled {

    String labelZh();

    String labelEn();
}
