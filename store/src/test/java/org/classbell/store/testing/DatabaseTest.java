package org.classbell.store.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test on the {@link TestDatabase}, with every table emptied before each test.
 * Combine with {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@ExtendWith(CleanDatabaseExtension.class)
public @interface DatabaseTest {

}
