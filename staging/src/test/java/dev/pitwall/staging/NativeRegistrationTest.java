package dev.pitwall.staging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.testkit.NativeRegistration;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type staging's REST API answers or reads is registered for reflection, so the native image writes it as the
 * JVM does. (The sink reads the topics' records as JSON trees and the Jolpica replies as trees: no bound types.)
 */
class NativeRegistrationTest {

    @Test
    void everyApiTypeIsRegistered() {
        List<Type> roots = new ArrayList<>(NativeRegistration.restTypes(NativeRegistration.classesIn(Path.of("target/classes"))));
        assertThat(roots).hasSizeGreaterThan(10);
        assertThat(NativeRegistration.unregistered(roots)).isEmpty();
    }
}
