/**
 * What a node says about itself when it starts.
 */
package org.classbell.app.startup;
