package org.classbell.templates.sms;

/**
 * The two alphabets an SMS can travel in: the 7-bit GSM 03.38 alphabet (160 characters in
 * one segment) or UCS-2 (70 UTF-16 code units in one segment).
 */
public enum SmsEncoding {

	/** GSM 03.38 default alphabet with its extension table. */
	GSM7,

	/** UTF-16 code units, for everything the GSM alphabet lacks. */
	UCS2

}
