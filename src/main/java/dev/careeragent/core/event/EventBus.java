package dev.careeragent.core.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Domain events from services to their subscribers (notify, ui). Delivery is synchronous on the
 * publishing thread; a subscriber that touches the UI moves to the FX thread itself.
 * A failing subscriber is logged and never stops the others or the publisher.
 */
public final class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    public <E> Subscription subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Consumer<Object> wrapped = event -> subscriber.accept(type.cast(event));
        List<Consumer<Object>> list = subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
        list.add(wrapped);
        return () -> list.remove(wrapped);
    }

    public void publish(Object event) {
        subscribers.forEach((type, list) -> {
            if (type.isInstance(event)) {
                list.forEach(subscriber -> deliver(subscriber, event));
            }
        });
    }

    private static void deliver(Consumer<Object> subscriber, Object event) {
        try {
            subscriber.accept(event);
        } catch (RuntimeException e) {
            LOG.error("An event subscriber failed on {}", event.getClass().getSimpleName(), e);
        }
    }

    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
