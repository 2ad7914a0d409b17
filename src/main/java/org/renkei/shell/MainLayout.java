package org.renkei.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;

/**
 * The frame of every member's page: a header with the page title and the member's menu, and a side
 * navigation that lists only the pages the member's roles open (from each view's {@code @Menu}, whose
 * title is a message key). On a phone the navigation is a drawer.
 */
@Layout
@RolesAllowed("MEMBER")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    MainLayout(CurrentActor currentActor, AuthenticationContext authentication, List<HeaderWidget> widgets) {
        Actor actor = currentActor.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        pageTitle.addClassName("shell-title");

        MenuBar user = new MenuBar();
        user.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(actor.name());
        avatar.addClassName("shell-avatar");
        MenuItem item = user.addItem(avatar);
        item.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        SubMenu menu = item.getSubMenu();
        Div who = new Div(new Span(actor.name()), new Span(actor.facilityName() == null ? "" : actor.facilityName()));
        who.addClassName("shell-who");
        menu.addItem(who).setEnabled(false);
        menu.addItem(getTranslation("shell.account"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account")));
        menu.addItem(getTranslation("shell.logout"), e -> authentication.logout());
        user.setId("user-menu");

        Div header = new Div(toggle, pageTitle);
        widgets.forEach(w -> header.add(w.widget(actor)));
        header.add(user);
        header.addClassName("shell-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("shell-brand");
        Span association = new Span(actor.facilityName() == null ? getTranslation("shell.operator") : actor.facilityName());
        association.addClassName("shell-facility");
        Div top = new Div(brand, association);
        top.addClassName("shell-drawer-top");
        addToDrawer(top, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("shell-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : "";
        int bar = title.indexOf(" | ");
        pageTitle.setText(bar > 0 ? title.substring(0, bar) : title);
    }
}
