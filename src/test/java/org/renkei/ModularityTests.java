package org.renkei;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries (no cycles, no reaching into another module's internals). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RenkeiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
