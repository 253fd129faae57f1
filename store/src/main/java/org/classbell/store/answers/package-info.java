/**
 * Parents' answers to absence alerts («Болеет», «Уважительная причина», «Свяжитесь со
 * мной»): one current answer per child, day and guardian, and whether it excused the day.
 */
package org.classbell.store.answers;
