package org.classbell.store;

/**
 * A person's surname, first name and (possibly empty) middle name, cleaned of stray
 * spaces.
 */
public record PersonName(String last, String first, String middle) {

	public PersonName {
		last = Names.clean(last);
		first = Names.clean(first);
		middle = Names.clean(middle);
		if (last.isEmpty() || first.isEmpty()) {
			throw new IllegalArgumentException("A person needs a surname and a first name");
		}
	}

	/**
	 * The key of the whole name: two people with one key are one person to an import.
	 */
	public String key() {
		return Names.key(this.last) + "|" + Names.key(this.first) + "|" + Names.key(this.middle);
	}

	/**
	 * Whether this and another name may be one person: surname and first name alike, and
	 * middle names alike or one of them not given.
	 */
	public boolean mayBe(PersonName other) {
		return Names.key(this.last).equals(Names.key(other.last))
				&& Names.key(this.first).equals(Names.key(other.first)) && (this.middle.isEmpty()
						|| other.middle.isEmpty() || Names.key(this.middle).equals(Names.key(other.middle)));
	}

	/**
	 * The first name and middle name, as a person is addressed: {@code Елена Викторовна}.
	 */
	public String givenNames() {
		return (this.first + " " + this.middle).strip();
	}

	public String full() {
		return (this.last + " " + this.first + " " + this.middle).strip();
	}

	@Override
	public String toString() {
		return this.last.charAt(0) + "*** " + this.first.charAt(0) + ".";
	}

}
