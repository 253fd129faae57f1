package org.classbell.store.monitoring;

import org.classbell.store.ClassId;

/**
 * The subscription figures of one class.
 *
 * @param classId the class
 * @param className its name
 * @param figures its students and how many have a subscribed guardian
 */
public record ClassSubscriptions(ClassId classId, String className, SubscriptionFigures figures) {

}
