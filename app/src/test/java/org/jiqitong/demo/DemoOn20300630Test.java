package org.jiqitong.demo;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo's key facts with the platform's clock at 2030-06-30. */
class DemoOn20300630Test extends DemoOnAnyDay {

    @DynamicPropertySource
    static void day(DynamicPropertyRegistry registry) {
        startingAt(registry, "2030-06-30");
    }
}
