package dev.pitwall.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.contract.CarSample;
import dev.pitwall.contract.ClockEvent;
import dev.pitwall.contract.Keyframe;
import dev.pitwall.contract.LapRecord;
import dev.pitwall.contract.RaceEvent;
import dev.pitwall.contract.TimingUpdate;
import dev.pitwall.testkit.NativeRegistration;
import dev.pitwall.timing.ws.ServerMessage;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type timing-ws reads or writes as JSON is registered for reflection, so the native image does as the JVM
 * does: the records it reads from the topics (the contract), the race socket's messages and its REST API.
 */
class NativeRegistrationTest {

    @Test
    void everyWireAndApiTypeIsRegistered() {
        List<Type> roots = new ArrayList<>(NativeRegistration.restTypes(NativeRegistration.classesIn(Path.of("target/classes"))));
        roots.addAll(List.of(CarSample.class, ClockEvent.class, Keyframe.class, LapRecord.class, RaceEvent.class,
                TimingUpdate.class, ServerMessage.class));
        assertThat(roots).hasSizeGreaterThan(10);
        assertThat(NativeRegistration.unregistered(roots)).isEmpty();
    }
}
