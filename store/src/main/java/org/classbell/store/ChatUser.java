package org.classbell.store;

/**
 * A person's account with a messenger: the messenger and its id for them. Ids of
 * different messengers may be equal, so the messenger is part of the account.
 *
 * @param messenger the messenger
 * @param id the messenger's id for the person
 */
public record ChatUser(Messenger messenger, long id) {

	public static ChatUser telegram(long id) {
		return new ChatUser(Messenger.TELEGRAM, id);
	}

	public static ChatUser max(long id) {
		return new ChatUser(Messenger.MAX, id);
	}

	@Override
	public String toString() {
		return this.messenger.code() + ":" + this.id;
	}

}
