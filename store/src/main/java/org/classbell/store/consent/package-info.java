/**
 * The consent ledger: every consent a guardian gave or withdrew, kept as it was recorded,
 * from which their current consent is derived.
 */
package org.classbell.store.consent;
