/**
 * Test support shared by the modules: the test database, its cleaning, and a clock tests
 * control.
 */
package org.classbell.store.testing;
