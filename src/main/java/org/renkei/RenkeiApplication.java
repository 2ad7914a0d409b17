package org.renkei;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Renkei (連携), the portal for home medical care: doctors, visiting nurses, care managers,
 * pharmacists and hospital discharge staff share patients and hand them over between hospital and home.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/renkei.css")
@Meta(name = "theme-color", content = "#1f6f8b")
public class RenkeiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // times are stored and computed in UTC whatever the host's zone; they are shown in Tokyo time
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            SpringApplication.run(RenkeiApplication.class, args);
        } catch (Throwable failed) {
            // Spring has logged why. A start that failed (port taken, database unreachable, a bad setting, a migration)
            // ends the process with a non-zero status, so that a supervisor sees it and restarts it; the exit runs Spring
            // Boot's shutdown handlers, which stop the embedded MariaDB. (Left alone, the JVM stayed up with the
            // database's threads and no portal.)
            System.exit(1);
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Renkei 連携");
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }
}
