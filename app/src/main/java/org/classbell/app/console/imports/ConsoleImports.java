package org.classbell.app.console.imports;

import java.time.Clock;
import java.util.Optional;

import org.classbell.app.console.Viewer;
import org.classbell.app.imports.ImportKind;
import org.classbell.app.imports.ImportResult;
import org.classbell.app.imports.Imports;
import org.classbell.store.console.ConsoleUploads;
import org.classbell.store.school.School;
import org.classbell.store.school.Schools;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports from the console in two steps: a file is checked (imported in a transaction
 * that is rolled back) and, when it is clean, kept under a token; the token imports the
 * kept file once, as the viewer.
 */
@Service
class ConsoleImports {

	private final Imports imports;

	private final ConsoleUploads uploads;

	private final Schools schools;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ConsoleImports(Imports imports, ConsoleUploads uploads, Schools schools, Clock clock,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.uploads = uploads;
		this.schools = schools;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	long maxBytes() {
		return this.imports.maxBytes();
	}

	/**
	 * What the file would change, or what is wrong with it; a clean file is kept, in
	 * place of the viewer's earlier one, under the token returned.
	 */
	Checked check(Viewer viewer, ImportKind kind, String fileName, byte[] content) {
		School school = school(viewer);
		ImportResult result = this.imports.preview(kind, school, content, viewer.actor());
		if (result instanceof ImportResult.Applied) {
			String token = this.uploads.keep(school.id(), kind.code(), fileName, content, viewer.actor(),
					this.clock.instant());
			return new Checked(result, token);
		}
		this.uploads.forget(school.id(), viewer.actor(), this.clock.instant());
		return new Checked(result, null);
	}

	/**
	 * Imports the file kept under the token, in one transaction with taking it: empty
	 * when there is none (imported already, replaced or too old).
	 */
	Optional<Done> apply(Viewer viewer, String token) {
		School school = school(viewer);
		return this.transactions
			.execute((status) -> this.uploads.take(school.id(), token, this.clock.instant()).map((upload) -> {
				ImportKind kind = ImportKind.of(upload.kind()).orElseThrow();
				return new Done(kind, upload.fileName(),
						this.imports.apply(kind, school, upload.content(), viewer.actor()));
			}));
	}

	private School school(Viewer viewer) {
		return this.schools.find(viewer.school()).orElseThrow();
	}

	/**
	 * A file checked, and the token of the kept file when it is clean.
	 */
	record Checked(ImportResult result, String token) {

	}

	/**
	 * A kept file imported: what it held, its name, and the outcome.
	 */
	record Done(ImportKind kind, String fileName, ImportResult result) {

	}

}
