package org.renkei.messaging.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The simple broker's record of who subscribes to what, indexed by destination, so that a delivery costs one
 * lookup whatever the number of members on the node.
 *
 * <p>Spring's {@code DefaultSubscriptionRegistry} matches destination patterns: it caches the subscribers of
 * 1,024 destinations, and finds those of any other by scanning every subscription on the node. A node has a
 * destination per room and two per connection (the member's acks and errors queues), so with thousands of
 * members nearly every delivery was a scan, and the scans took most of the node's CPU (docs/benchmarks.md,
 * docs/decisions.md 17). The portal subscribes only to exact destinations ({@link StompAuthorization} refuses
 * anything else), so an exact index is all it needs.
 *
 * <p>What a destination maps to is never changed once published (copy on write): deliveries read it without
 * locks while members come and go; a room has a handful of subscribers, so the copies are small.
 */
final class ExactSubscriptionRegistry extends AbstractSubscriptionRegistry {

    private static final MultiValueMap<String, String> NONE = new LinkedMultiValueMap<>();

    /** destination → session id → its subscription ids (never modified once in the map). */
    private final Map<String, MultiValueMap<String, String>> byDestination = new ConcurrentHashMap<>();
    /** session id → subscription id → destination. */
    private final Map<String, Map<String, String>> bySession = new ConcurrentHashMap<>();

    @Override
    protected void addSubscriptionInternal(String sessionId, String subscriptionId, String destination, Message<?> message) {
        String before = bySession.computeIfAbsent(sessionId, s -> new ConcurrentHashMap<>()).put(subscriptionId, destination);
        if (before != null) {
            remove(before, sessionId, subscriptionId);
        }
        byDestination.compute(destination, (d, old) -> {
            LinkedMultiValueMap<String, String> copy = old == null ? new LinkedMultiValueMap<>() : copy(old);
            copy.add(sessionId, subscriptionId);
            return copy;
        });
    }

    @Override
    protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
        Map<String, String> subscriptions = bySession.get(sessionId);
        String destination = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (destination != null) {
            remove(destination, sessionId, subscriptionId);
        }
    }

    @Override
    public void unregisterAllSubscriptions(String sessionId) {
        Map<String, String> subscriptions = bySession.remove(sessionId);
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, destination) -> remove(destination, sessionId, subscriptionId));
        }
    }

    @Override
    protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
        return byDestination.getOrDefault(destination, NONE);
    }

    /** How many destinations have subscribers (for tests). */
    int destinations() {
        return byDestination.size();
    }

    private void remove(String destination, String sessionId, String subscriptionId) {
        byDestination.computeIfPresent(destination, (d, old) -> {
            LinkedMultiValueMap<String, String> copy = copy(old);
            var ids = copy.get(sessionId);
            if (ids != null) {
                ids.remove(subscriptionId);
                if (ids.isEmpty()) {
                    copy.remove(sessionId);
                }
            }
            return copy.isEmpty() ? null : copy;
        });
    }

    private static LinkedMultiValueMap<String, String> copy(MultiValueMap<String, String> map) {
        LinkedMultiValueMap<String, String> copy = new LinkedMultiValueMap<>(map.size() + 1);
        map.forEach((session, ids) -> copy.put(session, new ArrayList<>(ids)));
        return copy;
    }
}
