package org.jiqitong.demo;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo's key facts with the platform's clock at 2027-01-02. */
class DemoOn20270102Test extends DemoOnAnyDay {

    @DynamicPropertySource
    static void day(DynamicPropertyRegistry registry) {
        startingAt(registry, "2027-01-02");
    }
}
