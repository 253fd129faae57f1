/**
 * Jobs that run once a day at a time of the school's day, kept in Quartz's clustered job
 * store so that each run happens on one node of a city.
 */
package org.classbell.app.scheduling;
