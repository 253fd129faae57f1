package org.classbell.store.invite;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

	/**
	 * Those of the codes (by hash) issued for guardians of the class that are still
	 * unused and unexpired.
	 */
	@Query("""
			select * from invite_code
			where school_id = :school and class_id = :classId and guardian_id is not null
			  and used_at is null and expires_at > :now and code_hash in (:hashes)
			""")
	List<InviteCode> unusedOfClass(long school, long classId, Instant now, Collection<String> hashes);

	long count();

}
