package org.renkei.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.renkei.directory.DirectoryLookup;
import org.renkei.directory.MemberSummary;
import org.renkei.kit.Forms;
import org.renkei.messaging.Conversation;
import org.renkei.messaging.ConversationKind;
import org.renkei.messaging.ConversationService;
import org.renkei.messaging.ConversationSummary;
import org.renkei.platform.RenkeiException;
import org.renkei.security.Actor;
import org.renkei.security.CurrentActor;
import org.renkei.shell.Badge;
import org.renkei.shell.Dates;

/** メッセージ: my conversations, the most recent first, with the unread count; new groups and direct messages. */
@Route("messages")
@Menu(title = "messages.title", order = 7, icon = "vaadin:chat")
@RolesAllowed("MEMBER")
class MessagesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ConversationSummary> grid = new Grid<>();
    final Button newGroup = new Button();
    final Button newDirect = new Button();
    private final ConversationService conversations;
    private final DirectoryLookup directory;
    private final Actor actor;

    MessagesView(ConversationService conversations, DirectoryLookup directory, CurrentActor currentActor) {
        this.conversations = conversations;
        this.directory = directory;
        this.actor = currentActor.require();
        addClassName("page");
        setSizeFull();
        newGroup.setText(getTranslation("messages.new-group"));
        newGroup.setIcon(VaadinIcon.USERS.create());
        newGroup.addClickListener(e -> groupDialog().open());
        newDirect.setText(getTranslation("messages.new-direct"));
        newDirect.setIcon(VaadinIcon.ENVELOPE.create());
        newDirect.addClickListener(e -> directDialog().open());
        Div tools = new Div(newDirect, newGroup);
        tools.addClassName("filters");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::row).setHeader(getTranslation("messages.title"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        grid.setItems(conversations.mine(actor, 200));
        add(tools, grid);
    }

    private Div row(ConversationSummary c) {
        Span title = new Span(c.title());
        title.addClassName("conversation-title");
        Div top = new Div(Badge.of(getTranslation("conversation-kind." + c.kind()),
                c.kind() == ConversationKind.PATIENT ? Badge.Tone.INFO : Badge.Tone.NEUTRAL), title);
        top.addClassName("patient-card-top");
        if (c.unread() > 0) {
            Span unread = new Span(String.valueOf(c.unread()));
            unread.addClassName("unread-count");
            top.add(unread);
        }
        Span last = new Span(c.lastPreview() == null ? getTranslation("messages.empty")
                : c.lastAuthor() + ": " + c.lastPreview());
        last.addClassName("patient-meta");
        Span time = new Span(c.lastMessageAt() == null ? "" : Dates.shortDateTime(c.lastMessageAt(), getLocale()));
        time.addClassName("patient-meta");
        Div row = new Div(top, last, time);
        row.addClassName("conversation-row");
        return row;
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ChatView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private Dialog groupDialog() {
        Dialog d = new Dialog(getTranslation("messages.new-group"));
        TextField title = new TextField(getTranslation("messages.group-title"));
        title.setWidthFull();
        MultiSelectComboBox<MemberSummary> members = new MultiSelectComboBox<>(getTranslation("messages.members"));
        members.setItems(query -> found(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        members.setItemLabelGenerator(m -> getTranslation("join.paren", m.name(), m.facilityName()));
        members.setWidthFull();
        Button create = new Button(getTranslation("messages.create"), e -> {
            try {
                Conversation c = conversations.group(actor, title.getValue(), members.getValue().stream().map(MemberSummary::id).toList());
                d.close();
                open(c.id());
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Div(title, members));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), create);
        return d;
    }

    private Dialog directDialog() {
        Dialog d = new Dialog(getTranslation("messages.new-direct"));
        ComboBox<MemberSummary> member = new ComboBox<>(getTranslation("team.member"));
        member.setItems(query -> found(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        member.setItemLabelGenerator(m -> getTranslation("join.paren", m.name(), m.facilityName()));
        member.setWidthFull();
        Button start = new Button(getTranslation("messages.start"), e -> {
            if (member.getValue() == null) {
                return;
            }
            try {
                Conversation c = conversations.direct(actor, member.getValue().id());
                d.close();
                open(c.id());
            } catch (RenkeiException ex) {
                Forms.error(this, ex);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(member);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), start);
        return d;
    }

    private List<MemberSummary> found(String filter) {
        return filter.isBlank() ? List.of() : directory.findMembers(filter).stream().filter(m -> m.id() != actor.memberId()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " | " + getTranslation("app.name");
    }
}
