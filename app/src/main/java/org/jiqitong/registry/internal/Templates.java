package org.jiqitong.registry.internal;

import org.jiqitong.registry.Feed;

/** One example row per feed, for the downloadable templates (a synthetic, valid USCC). */
final class Templates {

    private Templates() {
    }

    static String example(Feed feed) {
        return switch (feed) {
            case ENTITIES -> "91370102MA3C00000B,济南示例科技有限公司,有限责任公司,370102,I6513,2015-06-01,5000000.00,存续,false,张三,济南市历下区示例路1号";
            case FIGURES -> "91370102MA3C00000B,2025,56,23800000.00,15000000.00,860000.00,1200000.00";
            case QUALIFICATIONS -> "91370102MA3C00000B,高新技术企业,国家级,2024-12-01,2027-11-30";
        };
    }
}
