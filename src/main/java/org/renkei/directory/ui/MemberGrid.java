package org.renkei.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.renkei.directory.MemberAction;
import org.renkei.directory.MemberInfo;
import org.renkei.directory.MemberService;
import org.renkei.directory.MemberService.MemberQuery;
import org.renkei.directory.MemberStatus;
import org.renkei.kit.Forms;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.shell.Badge;
import org.renkei.shell.Responsive;

/**
 * Members in a grid with what the viewer may do to each: edit, resend the invitation, unlock, reset
 * the second factor, detach (facility administrators and the association), and suspend, reinstate or
 * make facility administrator (the association only). The service decides ({@link MemberService#allowedActions});
 * the menu only offers.
 */
final class MemberGrid extends Grid<MemberInfo> {

    private final MemberService members;
    private final Actor actor;
    private final Supplier<MemberQuery> query;

    MemberGrid(MemberService members, Actor actor, boolean showFacility, Supplier<MemberQuery> query) {
        this.members = members;
        this.actor = actor;
        this.query = query;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(m -> {
            Div cell = new Div(new Span(m.name()), new Span(getTranslation("join.dot", m.nameKana(), m.loginId())));
            cell.addClassName("two-line");
            return cell;
        }).setHeader(getTranslation("member.name")).setFlexGrow(3);
        var profession = addColumn(m -> getTranslation("profession." + m.profession()))
                .setHeader(getTranslation("member.profession")).setAutoWidth(true);
        var facility = addColumn(m -> m.facilityName() == null ? "" : m.facilityName())
                .setHeader(getTranslation("member.facility")).setAutoWidth(true);
        facility.setVisible(showFacility);
        addComponentColumn(m -> {
            Div cell = new Div(Labels.status(this, m.status()));
            if (m.status() == MemberStatus.ACTIVE) {
                cell.add(Labels.account(this, m.accountState()));
            }
            if (m.facilityAdmin()) {
                cell.add(Badge.of(getTranslation("member.facility-admin"), Badge.Tone.INFO));
            }
            if (m.associationAdmin()) {
                cell.add(Badge.of(getTranslation("member.association-admin"), Badge.Tone.INFO));
            }
            cell.addClassName("badges");
            return cell;
        }).setHeader(getTranslation("member.status")).setAutoWidth(true);
        addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        Responsive.onPhone(this, phone -> {
            profession.setVisible(!phone);
            facility.setVisible(showFacility && !phone);
        });
        refresh();
    }

    void refresh() {
        MemberQuery q = query.get();
        setItems(p -> members.search(actor, q, p.getOffset(), p.getLimit()).stream());
    }

    private MenuBar actions(MemberInfo m) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.getElement().setAttribute("aria-label", getTranslation("action.more"));
        SubMenu menu = more.getSubMenu();
        Set<MemberAction> allowed = members.allowedActions(actor, m);
        if (allowed.contains(MemberAction.EDIT)) {
            long facilityId = Objects.requireNonNull(m.facilityId());
            menu.addItem(getTranslation("member.edit"), e -> new MemberDialog(members, actor, facilityId, m, x -> refresh()).open());
        }
        if (allowed.contains(MemberAction.RESEND_INVITATION)) {
            menu.addItem(getTranslation("member.resend-invitation"), e -> run(() -> members.resendInvitation(actor, m.id()),
                    "member.invitation-sent"));
        }
        if (allowed.contains(MemberAction.UNLOCK)) {
            menu.addItem(getTranslation("member.unlock"), e -> run(() -> members.unlock(actor, m.id()), "member.unlocked"));
        }
        if (allowed.contains(MemberAction.RESET_SECOND_FACTOR)) {
            menu.addItem(getTranslation("member.reset-second-factor"), e -> confirm("member.reset-second-factor",
                    "member.reset-second-factor-text", m, () -> members.resetSecondFactor(actor, m.id())));
        }
        if (allowed.contains(MemberAction.FACILITY_ADMIN)) {
            menu.addItem(getTranslation(m.facilityAdmin() ? "member.revoke-facility-admin" : "member.grant-facility-admin"),
                    e -> run(() -> members.setFacilityAdmin(actor, m.id(), !m.facilityAdmin()), "action.done"));
        }
        if (allowed.contains(MemberAction.ASSOCIATION_ADMIN)) {
            menu.addItem(getTranslation(m.associationAdmin() ? "member.revoke-association-admin" : "member.grant-association-admin"),
                    e -> run(() -> members.setAssociationAdmin(actor, m.id(), !m.associationAdmin()), "action.done"));
        }
        if (allowed.contains(MemberAction.SUSPEND)) {
            menu.addItem(getTranslation("member.suspend"), e -> new ReasonDialog(getTranslation("member.suspend"),
                    getTranslation("member.suspend-text", m.name()), getTranslation("member.suspend"), true,
                    reason -> run(() -> members.suspend(actor, m.id(), reason), "member.suspended")).open());
        }
        if (allowed.contains(MemberAction.REINSTATE)) {
            menu.addItem(getTranslation("member.reinstate"), e -> run(() -> members.reinstate(actor, m.id()), "member.reinstated"));
        }
        if (allowed.contains(MemberAction.DETACH)) {
            menu.addItem(getTranslation("member.detach"), e -> confirm("member.detach", "member.detach-text", m,
                    () -> members.detach(actor, m.id())));
        }
        bar.setVisible(!menu.getItems().isEmpty());
        return bar;
    }

    private void confirm(String title, String text, MemberInfo m, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(title), getTranslation(text, m.name()),
                getTranslation(title), e -> run(action, "action.done"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Forms.success(getTranslation(doneKey));
        } catch (RenkeiException e) {
            Forms.error(this, e);
        }
        refresh();
    }

    static Button addButton(Function<String, String> translate, Runnable open) {
        Button add = new Button(translate.apply("member.add"), VaadinIcon.PLUS.create(), e -> open.run());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return add;
    }
}
