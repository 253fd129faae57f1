/**
 * {@code /api/guardians/{id}/...}: a guardian's consent history, the export of what is
 * held about them, and its erasure.
 */
package org.classbell.app.guardians;
