package org.jiqitong.identity;

/** A government department (委办局) with its code and names. */
public record Department(String code, String nameZh, String nameEn) {
}
