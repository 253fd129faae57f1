package org.classbell.store.monitoring;

import java.util.List;

/**
 * The subscription figures of every class of a school, and of the school as a whole.
 *
 * @param classes each class, in grade and name order
 * @param total the school
 */
public record SchoolSubscriptions(List<ClassSubscriptions> classes, SubscriptionFigures total) {

	public SchoolSubscriptions {
		classes = List.copyOf(classes);
	}

}
