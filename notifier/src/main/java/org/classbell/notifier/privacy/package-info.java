/**
 * What ClassBell holds about a guardian, gathered for them or their school: the export a
 * guardian or an admin asks for.
 */
package org.classbell.notifier.privacy;
