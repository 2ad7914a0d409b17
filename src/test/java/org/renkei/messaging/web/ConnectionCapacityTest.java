package org.renkei.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConnectionCapacityTest {

    @Test
    void aLimitTheHeapOrTheOpenFilesCannotHoldIsSaid() {
        // 15,000 members: about 1.9 GB of heap and 16,000 files
        assertThat(ConnectionCapacity.problems(15_000, 4_000_000_000L, OptionalLong.of(20_000))).isEmpty();
        assertThat(ConnectionCapacity.problems(15_000, 4_000_000_000L, OptionalLong.empty())).isEmpty();
        assertThat(ConnectionCapacity.problems(15_000, 1_000_000_000L, OptionalLong.of(20_000))).singleElement()
                .asString().contains("heap").contains("holds about 6000 members").contains("1900 MB");
        assertThat(ConnectionCapacity.problems(15_000, 4_000_000_000L, OptionalLong.of(1_024))).singleElement()
                .asString().contains("ulimit -n").contains("16000");
    }

    @Test
    void theOpenFilesLimitIsReadOnLinux() {
        assertThat(ConnectionCapacity.openFilesLimit()).isPresent();
    }
}
