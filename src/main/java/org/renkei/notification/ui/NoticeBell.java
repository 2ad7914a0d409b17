package org.renkei.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.renkei.notification.Notice;
import org.renkei.notification.NoticeService;
import org.renkei.security.Actor;
import org.renkei.shell.Dates;
import org.renkei.shell.HeaderWidget;

/** The bell in the header: the number of unread notices, and the newest ones on a click. */
@org.springframework.stereotype.Component
class NoticeBell implements HeaderWidget {

    private final NoticeService notices;

    NoticeBell(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public Component widget(Actor actor) {
        Span count = new Span();
        count.addClassName("bell-count");
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notice-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        Div wrapper = new Div(bell, count);
        wrapper.addClassName("bell");
        Runnable refresh = () -> {
            int unread = notices.unread(actor);
            count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            bell.setAriaLabel(bell.getTranslation("notices.unread", unread));
        };
        refresh.run();
        bell.addClickListener(e -> {
            Dialog dialog = new Dialog(bell.getTranslation("notices.title"));
            dialog.addClassName("notices-dialog");
            List<Notice> newest = notices.newest(actor, 30);
            if (newest.isEmpty()) {
                dialog.add(new Paragraph(bell.getTranslation("notices.none")));
            }
            for (Notice n : newest) {
                Span text = new Span(bell.getTranslation(n.messageKey(), n.arguments().toArray()));
                Span time = new Span(Dates.shortDateTime(n.createdAt(), UI.getCurrent().getLocale()));
                time.addClassName("notice-time");
                Div item = new Div(time, text);
                item.addClassName("notice");
                if (!n.read()) {
                    item.addClassName("unread");
                }
                item.addClickListener(x -> {
                    notices.markRead(actor, n.id());
                    dialog.close();
                    refresh.run();
                    if (n.link() != null) {
                        bell.getUI().ifPresent(ui -> ui.navigate(n.link()));
                    }
                });
                dialog.add(item);
            }
            Button allRead = new Button(bell.getTranslation("notices.all-read"), x -> {
                notices.markAllRead(actor);
                dialog.close();
                refresh.run();
            });
            dialog.getFooter().add(new Button(bell.getTranslation("action.close"), x -> dialog.close()), allRead);
            dialog.open();
        });
        return wrapper;
    }
}
