/**
 * Erasing a guardian's personal data at the school's request.
 */
package org.classbell.store.privacy;
