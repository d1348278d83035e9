package dev.pitwall.contract.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MdcScopeTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void valuesHoldInsideTheBlockAndAreGoneAfterIt() {
        try (MdcScope log = MdcScope.of(MdcScope.SESSION, "9693").and(MdcScope.CAR, 44)) {
            assertThat(MDC.get("session")).isEqualTo("9693");
            assertThat(MDC.get("car")).isEqualTo("44");
        }
        assertThat(MDC.get("session")).isNull();
        assertThat(MDC.get("car")).isNull();
    }

    @Test
    void aNestedScopePutsBackTheOuterValues() {
        try (MdcScope session = MdcScope.of(MdcScope.SESSION, "9693")) {
            try (MdcScope car = MdcScope.of(MdcScope.CAR, "4").and(MdcScope.SESSION, "9999")) {
                assertThat(MDC.get("session")).isEqualTo("9999");
                assertThat(MDC.get("car")).isEqualTo("4");
            }
            assertThat(MDC.get("session")).isEqualTo("9693");
            assertThat(MDC.get("car")).isNull();
        }
        assertThat(MDC.get("session")).isNull();
    }

    @Test
    void nullOrBlankValuesAreLeftOutAndDoNotClearAnOuterValue() {
        try (MdcScope outer = MdcScope.of(MdcScope.CAR, "16")) {
            try (MdcScope inner = MdcScope.of(MdcScope.CAR, null).and(MdcScope.ROUND, " ").and(MdcScope.SEASON, 2025)) {
                assertThat(MDC.get("car")).isEqualTo("16");
                assertThat(MDC.get("round")).isNull();
                assertThat(MDC.get("season")).isEqualTo("2025");
            }
            assertThat(MDC.get("car")).isEqualTo("16");
            assertThat(MDC.get("season")).isNull();
        }
    }

    @Test
    void aValueIsNotSeenByAThreadThatWasRunningBefore() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            other.submit(() -> { }).get(); // its thread exists before the scope
            try (MdcScope log = MdcScope.of(MdcScope.SESSION, "9693")) {
                assertThat(other.submit(() -> MDC.get("session")).get()).isNull();
            }
        } finally {
            other.shutdown();
        }
    }

    /**
     * JBoss LogManager's MDC is inherited by a thread created inside a scope, and stays with it after the scope
     * ends: long-lived threads (pools, Kafka clients) must be started outside any scope.
     */
    @Test
    void aThreadStartedInsideAScopeKeepsACopy() throws Exception {
        ExecutorService lazy = Executors.newSingleThreadExecutor();
        try {
            try (MdcScope log = MdcScope.of(MdcScope.SESSION, "9693")) {
                lazy.submit(() -> { }).get(); // its thread is created here
            }
            assertThat(lazy.submit(() -> MDC.get("session")).get()).isEqualTo("9693");
        } finally {
            lazy.shutdown();
        }
    }

    @Test
    void closingTwiceChangesNothing() {
        MdcScope scope = MdcScope.of(MdcScope.SESSION, "1");
        scope.close();
        MDC.put("session", "2");
        scope.close();
        assertThat(MDC.get("session")).isEqualTo("2");
    }
}
