package org.renkei;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries: no cycles, no reaching into another module's internals, and no arrow
 * between modules that the depending module's {@code package-info.java} does not name in
 * {@code allowedDependencies} (so a new dependency is a choice someone made, not an accident).
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RenkeiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleNamesWhatItMayDependOn() throws ClassNotFoundException {
        for (var module : modules) {
            Class<?> info = Class.forName(module.getBasePackage().getName() + ".package-info");
            ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
            Assertions.assertThat(declared).as(module.getBasePackage().getName() + " has @ApplicationModule").isNotNull();
            Assertions.assertThat(declared.allowedDependencies()).as(module.getBasePackage().getName())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
