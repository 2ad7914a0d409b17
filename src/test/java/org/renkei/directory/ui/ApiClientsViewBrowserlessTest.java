package org.renkei.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renkei.RenkeiTest;
import org.renkei.SignIn;
import org.renkei.directory.ApiClientService;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.FacilityRef;
import org.renkei.handoff.HandoffWorld;
import org.renkei.handoff.HandoffWorld.World;
import org.springframework.beans.factory.annotation.Autowired;

@RenkeiTest
class ApiClientsViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired HandoffWorld worlds;
    @Autowired ApiClientService clients;
    @Autowired DirectoryLookup directory;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theAssociationAdministratorRegistersAClientAndSeesItsSecretOnce() {
        World w = worlds.create();
        SignIn.as(w.admin());
        ApiClientsView view = navigate(ApiClientsView.class);
        test(view.register).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).first()).setValue("病院 電子カルテ");
        @SuppressWarnings("unchecked")
        ComboBox<FacilityRef> facility = find(ComboBox.class, dialog).single();
        facility.setValue(directory.facility(w.hospital()));
        test(find(Button.class, dialog).withId("register-save").single()).click();

        Pre secret = find(Pre.class).withId("client-secret").single();
        assertThat(secret.getText()).hasSizeGreaterThan(30);
        assertThat(clients.list(w.admin())).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("病院 電子カルテ");
            assertThat(c.active()).isTrue();
        });
        // the list never shows the secret again
        assertThat(view.list.getElement().getOuterHTML()).doesNotContain(secret.getText());
    }
}
