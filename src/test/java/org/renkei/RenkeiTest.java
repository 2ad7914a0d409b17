package org.renkei;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, against the embedded MariaDB (fresh for each test run), with the
 * demo data and an in-process SMTP server. Every integration test uses exactly this, so Spring starts
 * the context once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RenkeiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@ContextConfiguration(initializers = TestMail.Initializer.class)
public @interface RenkeiTest {}
