package org.policybot.reminder;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that run a reminder {@link Fixture} in a temp directory; the fixture is closed after each test. */
abstract class FixtureTest {
    @TempDir
    Path dir;
    Fixture f;

    @AfterEach
    void closeFixture() {
        if (f != null) {
            f.close();
        }
    }
}
