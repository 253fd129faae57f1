package org.classbell.app.imports;

/**
 * How an imported file was read, as the answer tells it.
 *
 * @param encoding the character encoding, such as {@code UTF-8} or {@code windows-1251}
 * @param separator what separates its fields: {@code ,}, {@code ;} or a tab
 */
public record FileFormat(String encoding, String separator) {

}
