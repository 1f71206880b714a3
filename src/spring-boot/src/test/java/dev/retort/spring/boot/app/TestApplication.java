package dev.retort.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with one entity and a Spring Data repository; its schema comes from Retort. */
@SpringBootApplication
public class TestApplication {
}
