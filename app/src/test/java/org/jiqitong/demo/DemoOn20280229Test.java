package org.jiqitong.demo;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo's key facts with the platform's clock at 2028-02-29. */
class DemoOn20280229Test extends DemoOnAnyDay {

    @DynamicPropertySource
    static void day(DynamicPropertyRegistry registry) {
        startingAt(registry, "2028-02-29");
    }
}
