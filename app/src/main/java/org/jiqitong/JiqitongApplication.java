package org.jiqitong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JiqitongApplication {
    public static void main(String[] args) {
        SpringApplication.run(JiqitongApplication.class, args);
    }
}
