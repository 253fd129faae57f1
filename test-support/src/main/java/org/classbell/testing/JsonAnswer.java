package org.classbell.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An answer a stand-in server gives: its HTTP status and JSON body.
 */
record JsonAnswer(int status, ObjectNode body) {

}
