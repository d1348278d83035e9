package dev.pitwall.replayer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.testkit.NativeRegistration;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type the replayer writes as JSON is registered for reflection, so the native image writes it as the JVM
 * does: the records it publishes on the topics (the contract) and everything its REST API answers or reads.
 */
class NativeRegistrationTest {

    @Test
    void everyWireAndApiTypeIsRegistered() {
        List<Type> roots = new ArrayList<>(NativeRegistration.restTypes(NativeRegistration.classesIn(Path.of("target/classes"))));
        roots.addAll(List.of(CarSample.class, ClockEvent.class, Keyframe.class, LapRecord.class, RaceEvent.class,
                TimingUpdate.class));
        assertThat(roots).hasSizeGreaterThan(10);
        assertThat(NativeRegistration.unregistered(roots)).isEmpty();
    }

    record Inner(String name) {
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    record Outer(List<Inner> inners, Inner[] more) {
    }

    @Test
    void theCheckFindsATypeReachedOnlyThroughARegisteredOne() {
        assertThat(NativeRegistration.unregistered(List.of(Outer.class)))
                .containsExactly(Inner.class.getName() + " (root > " + Outer.class.getName() + " > " + Inner.class.getName() + ")");
    }
}
