package org.renkei.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.renkei.platform.RenkeiException;

/**
 * A page's tabs that a link can open ({@code ?tab=reports}) and that load what they show when they are opened: each tab
 * has an id ({@code tab-<name>}), a label from the bundles ({@code <prefix><name>}) and what refreshes it. A refresh
 * that is refused shows why, as every page does.
 */
public final class DeepLinkedTabs {

    private final Component owner;
    private final TabSheet sheet;
    private final String labelPrefix;
    private final Map<String, Tab> byName = new LinkedHashMap<>();
    private final Map<Tab, Runnable> refreshers = new HashMap<>();

    public DeepLinkedTabs(Component owner, TabSheet sheet, String labelPrefix) {
        this.owner = owner;
        this.sheet = sheet;
        this.labelPrefix = labelPrefix;
    }

    /** Adds a tab; {@code refresh} loads its content when it is opened. */
    public Tab add(String name, Component content, Runnable refresh) {
        Tab tab = sheet.add(owner.getTranslation(labelPrefix + name), content);
        tab.setId("tab-" + name);
        byName.put(name, tab);
        refreshers.put(tab, refresh);
        return tab;
    }

    /** From now on, opening a tab refreshes it (call once the tabs are added, so the first one's selection loads nothing). */
    public void listen() {
        sheet.addSelectedChangeListener(e -> refresh(e.getSelectedTab()));
    }

    /** On navigation: opens the tab the link names, or refreshes the one in view. */
    public void open(QueryParameters query) {
        Tab wanted = query.getSingleParameter("tab").map(byName::get).orElse(null);
        if (wanted != null && wanted != sheet.getSelectedTab()) {
            sheet.setSelectedTab(wanted);
        } else {
            refresh(sheet.getSelectedTab());
        }
    }

    /** Refreshes the tab, if it is the one in view (a push, a poll). */
    public void refreshIfShown(@Nullable Tab tab) {
        if (tab != null && sheet.getSelectedTab() == tab) {
            refresh(tab);
        }
    }

    private void refresh(@Nullable Tab tab) {
        Runnable r = tab == null ? null : refreshers.get(tab);
        if (r == null) {
            return;
        }
        try {
            r.run();
        } catch (RenkeiException e) {
            Forms.error(owner, e);
        }
    }
}
