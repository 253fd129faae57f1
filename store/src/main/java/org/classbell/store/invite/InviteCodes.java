package org.classbell.store.invite;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The invite codes issued, by the hash of the code.
 */
interface InviteCodes extends Repository<InviteCode, Long> {

	InviteCode save(InviteCode code);

	Iterable<InviteCode> saveAll(Iterable<InviteCode> codes);

	/**
	 * The code with this hash, locked until the transaction ends so that it is used only
	 * once.
	 */
	@Query("select * from invite_code where code_hash = :codeHash for update")
	Optional<InviteCode> lockByCodeHash(String codeHash);

	long count();

}
