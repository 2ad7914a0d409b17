package org.renkei.shell;

import com.vaadin.flow.component.Component;
import org.renkei.security.Actor;

/** Something a module puts in the header of every page, beside the member's menu (the notice bell, say). */
public interface HeaderWidget {

    Component widget(Actor actor);
}
