package org.renkei.kit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;

/**
 * A page that shows what others change while it is open: a module's feed tells it at once on this node (pushed through
 * Vaadin), and it asks again every so often for what other nodes of a cluster committed. Attach it when the page is
 * attached; run what {@link #attach} returns when it is detached.
 */
public final class LiveUpdates {

    private LiveUpdates() {}

    /**
     * @param subscribe registers a callback with the module's feed and returns what stops it
     * @param onPush    what the page does when the feed calls (in the UI, under its lock)
     * @param onPoll    what it does at each poll
     * @return what stops both
     */
    public static Runnable attach(UI ui, Function<Runnable, Runnable> subscribe, Runnable onPush, int pollMillis, Runnable onPoll) {
        Runnable stopFeed = subscribe.apply(() -> {
            try {
                ui.access(onPush::run);
            } catch (UIDetachedException closedMeanwhile) {
                // the page is going away; its detach stops the listening
            }
        });
        ui.setPollInterval(pollMillis);
        Registration polling = ui.addPollListener(e -> onPoll.run());
        return () -> {
            stopFeed.run();
            polling.remove();
            ui.setPollInterval(-1);
        };
    }
}
