package org.classbell.app.console.classes;

/**
 * One messenger's way in on an invite slip: the deep link that uses the code and its QR
 * code.
 *
 * @param messenger the messenger's name, as the slip labels the code («Telegram», «MAX»)
 * @param code the messenger's code, as the page marks its QR code and link
 * ({@code telegram}, {@code max})
 * @param link the deep link
 * @param qr the link's QR code
 * @param qrLabel the QR code's text alternative
 */
public record SlipLink(String messenger, String code, String link, QrCode qr, String qrLabel) {

}
