package org.jiqitong.resources.internal;

import org.jiqitong.resources.Needs;
import org.jiqitong.resources.ResourcePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a resource is published (and only if that committed), the enterprises whose open needs it fits are told; the
 * event's publication is re-submitted after a crash, and each pair is told once (the push table's key).
 */
@Component
class ResourcePush {

    private final Needs needs;

    ResourcePush(Needs needs) {
        this.needs = needs;
    }

    @ApplicationModuleListener
    void on(ResourcePublished published) {
        needs.pushFor(published.resourceId());
    }
}
