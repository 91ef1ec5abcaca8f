package org.m4sd.rules.internal.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.m4sd.sdk.PackBundleException;

class BackgroundTest {

    @Test
    void theWorkRunsOnADaemonThreadOfItsOwnName() {
        Thread caller = Thread.currentThread();
        Thread worker = Background.start("m4sd-test", Thread::currentThread).join();
        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.getName()).isEqualTo("m4sd-test");
        assertThat(worker.isDaemon()).isTrue();
    }

    @Test
    void whatTheWorkThrowsIsThrownByJoinAsItWasThrown() {
        PackBundleException refused = new PackBundleException("bundle.zip", PackBundleException.Refusal.INVALID,
                "a reason", "bundle.json");
        Background<Object> work = Background.start("m4sd-test", () -> {
            throw refused;
        });
        assertThatThrownBy(work::join).isSameAs(refused);
        StackOverflowError error = new StackOverflowError("deep");
        assertThatThrownBy(Background.start("m4sd-test", () -> {
            throw error;
        })::join).isSameAs(error);
    }
}
