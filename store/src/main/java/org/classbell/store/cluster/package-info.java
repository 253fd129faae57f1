/**
 * Nodes that share one database: which of them leads a job that only one may do.
 */
package org.classbell.store.cluster;
